package org.example.params;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.cli.DocketCli;
import dev.docket.runtime.spi.DefaultsSource;
import dev.docket.runtime.spi.ParamDefaults;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds random and mutated argument vectors to the parser of {@link Everything}, a task with a
 * parameter of every supported type (issue #3): each must end in a task or in one clear
 * message (exit 2 on the command line), never in another exception. The seed is fixed so that a
 * failure is reproducible; {@code -Dfuzz.seed=N} tries others.
 */
class ParserFuzzTest {
  private static final int PARSER_VECTORS = 10_000;
  private static final int COMMAND_LINE_VECTORS = 500;

  /** A valid value per option: the starting point of every mutation. */
  private static final Map<String, String> VALID = new LinkedHashMap<>();

  static {
    VALID.put("--dataset", "ttbar");
    VALID.put("--flag", "true");
    VALID.put("--tiny", "-128");
    VALID.put("--small", "300");
    VALID.put("--count", "6");
    VALID.put("--big", "9000000000");
    VALID.put("--ratio", "0.25");
    VALID.put("--weight", "1e-3");
    VALID.put("--letter", ",");
    VALID.put("--unit", "days");
    VALID.put("--input", "/tmp/a b.root");
    VALID.put("--timeout", "PT1H30M");
    VALID.put("--day", "2024-02-29");
    VALID.put("--start", "2024-02-29 23:59:59");
    VALID.put("--since", "2024-02-29T23:59:59.5Z");
    VALID.put("--scale", "-1.50E+3");
    VALID.put("--endpoint", "root://eos.cern.ch//store/x");
    VALID.put("--period", "2024-W09");
    VALID.put("--bins", "-5:5");
    VALID.put("--eta", "-2.5:2.5");
    VALID.put("--runs", "");
    VALID.put("--channels", "e\\,mu,tau");
    VALID.put("--efficiencies", "a\\=b=0.5,c=1");
    VALID.put("--until", "2024-12-31");
    VALID.put("--energy", "6.8TeV");
    VALID.put("--other-energy", "");
  }

  /** Text that breaks parsers: boundaries, syntax of other types, odd characters. */
  private static final String[] GARBAGE = {
    "", " ", "-", "--", "---", "=", "==", ":", "::", ",", ",,", "\\", "\\\\", "\u0000", "\t",
    "ñ", "日本", "🙂", "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "0x10", "1_000",
    "2147483648", "-9223372036854775809", "99999999999999999999999", "00", "-0", "+1",
    "true", "yes", "maybe", "2024-02-30", "2024-13", "2024-W00", "2024-W53", "0000",
    "2024-01-01-2023-01-01", "10:0", "1:2:3", "a:b", ":5", "5:", "PT", "P-1D", "5x", "-5m",
    "9999999999999999999d", "http://", "://x", "a b:c", "rel/path", "/", "C:\\x", "a=1,a=2",
    "=1", "a=", "TeV", "-1TeV", "0TeV", "1e309TeV", "SECONDS,DAYS", "%s%n", "${env:HOME}",
    "@file", "--dataset", "--flag=", "--unknown", "x".repeat(5000),
  };

  private static final String[] RUN_OPTIONS =
      {"--workers", "--print-status", "--dry-run", "--tasks-per-job", "--parallel-jobs", "--retries"};

  private static final String[] COMMANDS =
      {"list", "config", "completion", "bash", "zsh", "run", "Everything", "--help", "-h", "",
          "help", "history", "1", "--dry-run=2", "--help=x"};

  @BeforeEach
  void noConfiguration() {
    ParamDefaults.install(DefaultsSource.NONE);
  }

  @Test
  void everyVectorParsesOrFailsWithOneMessage() {
    Random random = new Random(Long.getLong("fuzz.seed", 3));
    int parsed = 0;
    int rejected = 0;
    for (int i = 0; i < PARSER_VECTORS; i++) {
      List<String> args = vector(random);
      try {
        Everything_Family.parse(args.toArray(new String[0]));
        parsed++;
      } catch (BadInputException e) {
        checkMessage(args, e.getMessage());
        rejected++;
      } catch (RuntimeException | Error e) {
        throw new AssertionError("args " + show(args) + " threw " + e, e);
      }
    }
    // Both outcomes are exercised, so the mutations neither always break nor never do.
    assertThat(parsed).isGreaterThan(PARSER_VECTORS / 20);
    assertThat(rejected).isGreaterThan(PARSER_VECTORS / 2);
  }

  @Test
  void theCommandLineExitsZeroOrTwoWithOneLine() {
    Random random = new Random(Long.getLong("fuzz.seed", 5));
    ParamsMain_TaskIndex index = new ParamsMain_TaskIndex();
    for (int i = 0; i < COMMAND_LINE_VECTORS; i++) {
      List<String> args = new ArrayList<>();
      if (random.nextInt(5) == 0) {
        // The other commands, with whatever follows them.
        args.add(COMMANDS[random.nextInt(COMMANDS.length)]);
        for (int n = random.nextInt(3); n > 0; n--) {
          args.add(random.nextBoolean() ? GARBAGE[random.nextInt(GARBAGE.length)]
              : COMMANDS[random.nextInt(COMMANDS.length)]);
        }
      } else {
        args.addAll(List.of("run", "Everything"));
        args.addAll(vector(random));
        if (random.nextInt(10) == 0) {
          args.add(RUN_OPTIONS[random.nextInt(RUN_OPTIONS.length)]);
          args.add(random.nextBoolean() ? GARBAGE[random.nextInt(GARBAGE.length)] : "2");
        }
        args.add("--dry-run");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status;
      try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
          PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
        status = DocketCli.run(index, args.toArray(new String[0]), o, e);
      }
      String errors = err.toString(StandardCharsets.UTF_8);
      assertWithMessage("exit status of %s; stderr: %s", show(args), errors)
          .that(status).isAnyOf(0, 2);
      if (status == 2) {
        assertWithMessage("stderr of %s", show(args)).that(errors).startsWith(DocketCli.ERROR_PREFIX);
        assertWithMessage("stderr of %s", show(args)).that(errors.strip().lines().count())
            .isEqualTo(1);
        checkMessage(args, errors.substring(DocketCli.ERROR_PREFIX.length()).strip());
      }
    }
  }

  @Test
  void messagesNameTheParameterTheValueAndTheExpectedForm() {
    assertThat(rejection("--period", "2024-13")).isEqualTo("bad value '2024-13' for --period of"
        + " Everything: expected a date interval like 2024, 2024-01, 2024-W05, 2024-01-31 or"
        + " 2024-01-01-2024-02-01 (end exclusive)");
    assertThat(rejection("--bins", "10:0")).isEqualTo("bad value '10:0' for --bins of Everything:"
        + " expected a range start:end of whole numbers, end exclusive, e.g. 0:10");
    assertThat(rejection("--efficiencies", "a=1,a=2")).isEqualTo("bad value 'a=1,a=2' for"
        + " --efficiencies of Everything: expected comma-separated key=value pairs whose values"
        + " are a number, e.g. 2.5, e.g. a=1,b=2 (key 'a' appears twice)");
    assertThat(rejection("--energy", "-1TeV")).isEqualTo("bad value '-1TeV' for --energy of"
        + " Everything: expected an energy like 13.6TeV (an energy must be positive and finite)");
    assertThat(rejection("--until", "tomorrow")).isEqualTo("bad value 'tomorrow' for --until of"
        + " Everything: expected nothing (empty) or a date like 2024-01-31");
    assertThat(rejection("--endpoint", "a\nb")).isEqualTo("bad value 'a\\nb' for --endpoint of"
        + " Everything: expected an absolute URI like https://host/path or"
        + " root://eos.cern.ch//store (Illegal character in path at character 2)");
    assertThat(rejection("--since", "2024-01-31")).startsWith("bad value '2024-01-31' for --since");
    assertThat(rejection("--scale", "1,5")).startsWith("bad value '1,5' for --scale");
    assertThat(rejection("--start", "noon")).startsWith("bad value 'noon' for --start");
  }

  @Test
  void digitsOfOtherScriptsAndNulAreRefusedAndABadItemIsNamed() {
    // Arabic-Indic four, fullwidth four, Devanagari one: Java's parsers would read them.
    for (String option : List.of("--count", "--big", "--tiny", "--small", "--scale")) {
      for (String digit : List.of("\u0664", "\uff14", "\u0967")) {
        assertThat(rejection(option, digit)).startsWith("bad value '" + digit + "' for " + option
            + " of Everything: expected ");
      }
    }
    assertThat(rejection("--bins", "\uff10:\uff15")).startsWith("bad value '\uff10:\uff15' for --bins");
    assertThat(rejection("--dataset", "a\u0000b")).isEqualTo("bad value 'a\\u0000b' for --dataset"
        + " of Everything: expected text without the NUL character (\\u0000)");
    assertThat(rejection("--input", "x\u0000.root")).startsWith("bad value 'x\\u0000.root' for --input");
    assertThat(rejection("--runs", "1,x,3")).isEqualTo("bad value '1,x,3' for --runs of"
        + " Everything: expected a comma-separated list of a whole number, e.g. 4 (item 2 of 3 is 'x')");
    assertThat(rejection("--channels", "mu,e,\u0000")).contains("NUL");
  }

  private static String rejection(String option, String value) {
    try {
      Everything_Family.parse("--dataset", "x", option, value);
    } catch (BadInputException e) {
      return e.getMessage();
    }
    throw new AssertionError(option + " " + value + " was accepted");
  }

  /** One line; a rejected value is named with its option and the expected form. */
  private static void checkMessage(List<String> args, String message) {
    assertWithMessage("message for %s", show(args)).that(message).isNotEmpty();
    assertWithMessage("message for %s", show(args)).that(message).doesNotContain("\n");
    if (message.startsWith("bad value '")) {
      assertWithMessage("message for %s", show(args)).that(message)
          .containsMatch("^bad value '.*' for --[a-z-]+( of Everything)?: expected .+");
    }
  }

  /** A valid vector, then a few random mutations. */
  private static List<String> vector(Random random) {
    List<String> args = new ArrayList<>();
    for (Map.Entry<String, String> entry : VALID.entrySet()) {
      if (entry.getKey().equals("--dataset") || random.nextInt(3) == 0) {
        if (random.nextBoolean()) {
          args.add(entry.getKey() + "=" + entry.getValue());
        } else {
          args.add(entry.getKey());
          args.add(entry.getValue());
        }
      }
    }
    int mutations = random.nextInt(4);
    for (int m = 0; m < mutations && !args.isEmpty(); m++) {
      int at = random.nextInt(args.size());
      switch (random.nextInt(8)) {
        case 0 -> args.set(at, GARBAGE[random.nextInt(GARBAGE.length)]);
        case 1 -> args.remove(at);
        case 2 -> args.add(at, args.get(random.nextInt(args.size())));
        case 3 -> args.set(at, mutate(args.get(at), random));
        case 4 -> args.add(at, randomOption(random));
        case 5 -> args.add(randomOption(random) + "=" + GARBAGE[random.nextInt(GARBAGE.length)]);
        case 6 -> args.set(at, args.get(at).toUpperCase(java.util.Locale.ROOT));
        default -> args.add(randomText(random));
      }
    }
    return args;
  }

  private static String randomOption(Random random) {
    List<String> options = new ArrayList<>(VALID.keySet());
    return options.get(random.nextInt(options.size()));
  }

  /** Deletes, inserts or replaces one character. */
  private static String mutate(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int at = s.length() == 0 ? 0 : random.nextInt(s.length());
    char c = "-=:,.\\ 0919aZT\u0000é".charAt(random.nextInt(16));
    switch (random.nextInt(3)) {
      case 0 -> {
        if (s.length() > 0) {
          s.deleteCharAt(at);
        }
      }
      case 1 -> s.insert(at, c);
      default -> {
        if (s.length() > 0) {
          s.setCharAt(at, c);
        }
      }
    }
    return s.toString();
  }

  private static String randomText(Random random) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      s.append((char) (random.nextInt(0x3000)));
    }
    return s.toString();
  }

  private static String show(List<String> args) {
    StringBuilder out = new StringBuilder();
    for (String arg : args) {
      out.append(" '").append(arg.length() > 40 ? arg.substring(0, 40) + "..." : arg).append('\'');
    }
    return out.toString().strip();
  }
}
