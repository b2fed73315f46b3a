package org.isnad.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --encoding NAME} to a {@link Charset}, with a one-line message for an unknown name. */
final class CharsetConverter implements ITypeConverter<Charset> {
  @Override
  public Charset convert(String name) {
    try {
      return Charset.forName(name);
    } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
      throw new TypeConversionException("unknown encoding '" + name
          + "' (names Java knows: windows-1256, ISO-8859-6, UTF-16LE, UTF-16BE, x-MacArabic, …)");
    }
  }
}
