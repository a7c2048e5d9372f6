package org.example.params;

import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.param.DateInterval;
import dev.docket.runtime.param.DoubleRange;
import dev.docket.runtime.param.IntRange;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** A parameter of every supported type, for the parser's fuzz test. */
@Task
class Everything {
  @Param String dataset;
  @Param(defaultValue = "false") boolean flag;
  @Param(defaultValue = "1") byte tiny;
  @Param(defaultValue = "2") short small;
  @Param(defaultValue = "4") int count;
  @Param(defaultValue = "8") long big;
  @Param(defaultValue = "0.5") float ratio;
  @Param(defaultValue = "2.5") double weight;
  @Param(defaultValue = "x") char letter;
  @Param(defaultValue = "SECONDS") TimeUnit unit;
  @Param(defaultValue = "data/in.root") Path input;
  @Param(defaultValue = "5m") Duration timeout;
  @Param(defaultValue = "2024-01-31") LocalDate day;
  @Param(defaultValue = "2024-01-31T18:30") LocalDateTime start;
  @Param(defaultValue = "2024-01-31T18:30:00Z") Instant since;
  @Param(defaultValue = "0.125") BigDecimal scale;
  @Param(defaultValue = "https://cern.ch/store") URI endpoint;
  @Param(defaultValue = "2024-01") DateInterval period;
  @Param(defaultValue = "0:10") IntRange bins;
  @Param(defaultValue = "0.5:2.5") DoubleRange eta;
  @Param(defaultValue = "1,2,3") List<Integer> runs;
  @Param(defaultValue = "mu,e") Set<String> channels;
  @Param(defaultValue = "mu=0.9,e=0.8") Map<String, Double> efficiencies;
  @Param Optional<LocalDate> until;
  @Param(defaultValue = "13.6TeV") Energy energy;
  @Param Optional<Energy> otherEnergy;

  void run() {}
}
