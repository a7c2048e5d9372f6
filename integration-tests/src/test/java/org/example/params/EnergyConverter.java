package org.example.params;

import dev.docket.annotations.ParamConverter;
import dev.docket.runtime.param.Converter;
import java.util.Locale;

/** Energies written like {@code 13.6TeV}. */
@ParamConverter
public final class EnergyConverter implements Converter<Energy> {
  @Override
  public Energy parse(String text) {
    String s = text.strip();
    if (!s.toLowerCase(Locale.ROOT).endsWith("tev")) {
      throw new IllegalArgumentException("no unit");
    }
    return new Energy(Double.parseDouble(s.substring(0, s.length() - 3)));
  }

  @Override
  public String format(Energy value) {
    return value.tev() + "TeV";
  }

  @Override
  public String expectation() {
    return "an energy like 13.6TeV";
  }
}
