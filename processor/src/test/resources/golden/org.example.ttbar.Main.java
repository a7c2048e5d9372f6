package org.example.ttbar;

import dev.docket.runtime.spi.CommandLine;
import javax.annotation.processing.Generated;

/**
 * The command line of this analysis: {@code run <Family> [--param value]...}, {@code list},
 * {@code --help}.
 *
 * <p>Start it as the archetype's launcher {@code ./docket} does, with the JVM settings Docket's
 * benchmarks measure (they start through that launcher; docs/performance.md):
 *
 * <pre>
 * java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+UseTransparentHugePages -Djava.awt.headless=true \
 *     -XX:SharedArchiveFile=target/docket.jsa \
 *     -cp target/&lt;analysis&gt;.jar:&lt;its class path&gt; org.example.ttbar.Main run &lt;Family&gt; ...
 * </pre>
 *
 * <p>The serial collector and the C1 compiler alone start fastest; the archive (class-data sharing,
 * recorded by a first run with {@code -XX:ArchiveClassesAtExit=target/docket.jsa}) halves the start's CPU
 * time. The launcher records it, checks it, and records it anew when the analysis or the JDK
 * changed; a stale archive is only ignored by the JVM, a truncated one can crash it.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    CommandLine.main(new Main_TaskIndex(), args);
  }
}
