package dev.precis.rouge;

/**
 * Recall, precision and F-measure of one metric, each in [0, 1] and rounded to 5 decimals as
 * ROUGE-1.5.5 prints them (F is computed from the rounded recall and precision, as the script
 * does).
 *
 * @param recall    matched units over the reference units
 * @param precision matched units over the system summary's units
 * @param f         {@code P*R / ((1-alpha)*P + alpha*R)}, 0 when both are 0
 */
public record Prf(double recall, double precision, double f) {
  /** No match at all. */
  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf {
    check("recall", recall);
    check("precision", precision);
    check("f", f);
  }

  private static void check(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must lie in [0, 1], got " + value);
    }
  }
}
