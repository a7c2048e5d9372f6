package dev.docket.runtime.internal.batch;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a job gets what it runs: the class path and the configuration the client read.
 *
 * @param mode {@code [job] ship}: through a shared file system, or as a bundle of files that
 *     the batch system transfers into the job's own directory
 * @param java {@code [job] java}: the {@code java} the job runs, when not the client's own
 *     (a site whose machines have their JDK elsewhere sets it, e.g. to {@code java})
 * @param config the configuration this run read: the job reads the same file (shared) or a
 *     copy of it (bundle), never whatever {@code docket.cfg} lies where it starts
 * @param store {@code [job] store}: the {@code [core] store} of bundled jobs, as written
 *     (relative: to the job's own directory), for machines where the client's store does not
 *     exist; empty: the client's store
 */
public record Shipping(Mode mode, Optional<String> java, DocketConfig config, Optional<String> store) {

  /** The values of {@code [job] ship}. */
  public enum Mode {
    /** The job reads the class path and the configuration where the client has them. */
    SHARED,
    /** The job gets a packed copy of both, transferred with it ({@link Bundle}). */
    BUNDLE;

    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final String SHIP = "ship";
  static final String JAVA = "java";
  static final String STORE = "store";

  /** Shared, the client's {@code java}, and {@code config}. */
  public static Shipping shared(DocketConfig config) {
    return new Shipping(Mode.SHARED, Optional.empty(), config, Optional.empty());
  }

  /** {@code ship} and {@code java} of {@code section} ({@code [job]}), checked. */
  static Shipping read(DocketConfig config, Map<String, String> section) {
    Mode mode = Mode.SHARED;
    String ship = section.get(SHIP);
    if (ship != null) {
      mode = switch (ship.strip()) {
        case "shared" -> Mode.SHARED;
        case "bundle" -> Mode.BUNDLE;
        default -> throw new BadInputException("bad value '" + ship.strip() + "' for [job] ship in "
            + config.where(JobSettings.SECTION, SHIP) + ": expected shared (the jobs see this machine's"
            + " files) or bundle (the class path and configuration travel with each job)");
      };
    }
    Optional<String> java = Optional.empty();
    String value = section.get(JAVA);
    if (value != null) {
      if (value.isBlank() || value.strip().contains("\n")) {
        throw new BadInputException("bad value '" + value.strip() + "' for [job] java in "
            + config.where(JobSettings.SECTION, JAVA) + ": expected the java the jobs run, a path"
            + " (/opt/jdk-17/bin/java) or a command on the job's PATH (java)");
      }
      java = Optional.of(value.strip());
    }
    Optional<String> store = Optional.ofNullable(section.get(STORE)).map(String::strip);
    if (store.isPresent() && (mode != Mode.BUNDLE || store.get().isEmpty())) {
      throw new BadInputException("[job] store in " + config.where(JobSettings.SECTION, STORE)
          + (store.get().isEmpty() ? " is empty" : " applies to ship = bundle only (shared jobs use the client's store)")
          + ": name the store of bundled jobs, e.g. store = . (the job's own directory), or remove the line");
    }
    return new Shipping(mode, java, config, store);
  }
}
