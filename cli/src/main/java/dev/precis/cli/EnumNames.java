package dev.precis.cli;

import dev.precis.render.SummaryFormat;
import dev.precis.summarize.SelectionOptions;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The one converter of every option that takes one of a fixed set of values (--format, --order,
 * --budget, --objective): the values are an enum's constants, listed by name for --help and shell
 * completion and read in any case, so every command accepts and refuses a value alike
 * ("Invalid value for option '--format': 'xml' is not one of text, json, md").
 */
abstract class EnumNames<E extends Enum<E>> implements Iterable<String>, ITypeConverter<E> {
  private final Class<E> type;
  private final Function<E, String> name;

  /** The constants of {@code type} by their lower-case names. */
  EnumNames(Class<E> type) {
    this(type, EnumNames::lowerCase);
  }

  /** The constants of {@code type} by the names {@code name} gives them. */
  EnumNames(Class<E> type, Function<E, String> name) {
    this.type = type;
    this.name = name;
  }

  /** {@code e}'s name in lower case, as the command line spells it. */
  static String lowerCase(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(type.getEnumConstants()).map(name).iterator();
  }

  @Override
  public E convert(String value) {
    for (E e : type.getEnumConstants()) {
      if (name.apply(e).equalsIgnoreCase(value.strip())) return e;
    }
    throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", this));
  }

  /** The output formats of summarize and events. */
  static final class Formats extends EnumNames<SummaryFormat> {
    Formats() {
      super(SummaryFormat.class);
    }
  }

  /** The sentence orders of a summary. */
  static final class Orders extends EnumNames<SelectionOptions.Order> {
    Orders() {
      super(SelectionOptions.Order.class);
    }
  }
}
