package org.isnad.ner.link;

import java.util.Objects;
import org.isnad.core.Span;
import org.isnad.ner.EntityType;
import org.isnad.ner.Mention;

/**
 * One mention of an {@link Entity}: the name, and the title directly before it when there is one.
 *
 * <p>{@code [start, end)} covers the title and the name together (العقيد ريان ديلون) or the name
 * alone; {@code [nameStart, nameEnd)} is the name only; {@link #title()} is the title's range or
 * null. All offsets are original String indices, end exclusive.
 *
 * @param type      the entity type of the mention
 * @param start     start of title + name
 * @param end       end of the name
 * @param text      {@code source.substring(start, end)}
 * @param nameStart start of the name
 * @param nameEnd   end of the name
 * @param name      {@code source.substring(nameStart, nameEnd)}
 * @param title     the range of the adjacent title, or null
 * @param apposition the range of a TITLE set off by a comma right after the name (مصطفى بالي،
 *                  المسؤول الإعلامي في قسد), or null; not part of {@code [start, end)}
 * @param appositionText the text of the apposition, or null
 * @param mention   the mention this was built from (which may have included the title)
 */
public record EntityMention(EntityType type, int start, int end, String text, int nameStart,
    int nameEnd, String name, Span title, Span apposition, String appositionText, Mention mention) {

  /**
   * @throws NullPointerException if type, text, name or mention is null
   * @throws IllegalArgumentException if the ranges are inconsistent
   */
  public EntityMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mention, "mention");
    if (start < 0 || start > nameStart || nameStart > nameEnd || nameEnd != end
        || text.length() != end - start || name.length() != nameEnd - nameStart
        || (title != null && (title.start() != start || title.end() > nameStart))
        || (apposition != null && (apposition.start() < end || appositionText == null
            || appositionText.length() != apposition.length()))) {
      throw new IllegalArgumentException("inconsistent entity mention '" + text + "' [" + start + ", "
          + end + ") name [" + nameStart + ", " + nameEnd + ") title " + title);
    }
  }

  /** The title text, or null. */
  public String titleText() {
    return title == null ? null : text.substring(0, title.end() - start);
  }

  /** The range of title + name. */
  public Span span() {
    return new Span(start, end);
  }

  /** The range of the name. */
  public Span nameSpan() {
    return new Span(nameStart, nameEnd);
  }
}
