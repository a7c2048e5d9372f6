package org.example.interrupt;

import dev.docket.annotations.Param;

/** The parameters of {@link Nap}, shared by {@link AfterNap}, which passes them on to it. */
abstract class NapParams {
  @Param String name;

  @Param(defaultValue = "0", significant = false)
  int seconds;

  @Param(defaultValue = "false", significant = false)
  boolean stubborn;
}
