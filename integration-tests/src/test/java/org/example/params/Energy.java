package org.example.params;

/** A user's own parameter type, converted by {@link EnergyConverter}. */
public record Energy(double tev) {
  public Energy {
    if (!(tev > 0) || Double.isInfinite(tev)) {
      throw new IllegalArgumentException("an energy must be positive and finite");
    }
  }
}
