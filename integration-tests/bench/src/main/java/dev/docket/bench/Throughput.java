package dev.docket.bench;

import dev.docket.runtime.RunSummary;
import dev.docket.runtime.internal.exec.Executor;
import dev.docket.runtime.internal.exec.ProgressStyle;
import dev.docket.runtime.internal.exec.Reporter;
import dev.docket.runtime.internal.exec.RunSettings;
import dev.docket.runtime.internal.graph.GraphBuilder;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.spi.TaskRegistry;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * In-process figures the peer kit cannot see: the heap that a planned graph of N tasks keeps,
 * and the executor's throughput on tasks that do nothing. Prints CSV:
 * {@code shape,n,plan_s,graph_heap_mb,run_s,tasks_per_s}.
 *
 * <pre>java -cp ... dev.docket.bench.Throughput 100000 [workers] [repetitions]</pre>
 */
public final class Throughput {
  private Throughput() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int workers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    Executor executor = new Executor(new Reporter(nowhere, nowhere));
    RunSettings settings =
        RunSettings.of(workers).withProgress(ProgressStyle.PERIODIC, Duration.ofHours(1));
    GraphBuilder graphs = new GraphBuilder(TaskRegistry.global());
    System.out.println("shape,n,workers,plan_s,graph_heap_mb,run_s,tasks_per_s");
    for (String shape : new String[] {"fan", "chain", "tree"}) {
      for (int rep = 0; rep < reps; rep++) {
        Flag.reset(n + 1);
        Idle root = Idle_Builder.create().shape(shape).n(n).i(n).build();
        long heapBefore = usedHeapAfterGc();
        long t0 = System.nanoTime();
        TaskGraph graph = graphs.plan(root);
        long t1 = System.nanoTime();
        long heapGraph = usedHeapAfterGc() - heapBefore;
        long t2 = System.nanoTime();
        RunSummary summary = executor.execute(graph, settings);
        long t3 = System.nanoTime();
        if (!summary.success()) {
          throw new IllegalStateException(shape + ": the run failed: " + summary.failures());
        }
        double run = (t3 - t2) / 1e9;
        System.out.printf(
            Locale.ROOT, "%s,%d,%d,%.3f,%.1f,%.3f,%.0f%n",
            shape, graph.size(), workers, (t1 - t0) / 1e9, heapGraph / 1048576.0, run,
            graph.size() / run);
      }
    }
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
