package dev.docket.backends.scheduler.client;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docket.backends.scheduler.server.SchedulerServer;
import dev.docket.backends.scheduler.server.ServerOptions;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.coordination.Claim;
import dev.docket.runtime.spi.coordination.Coordinator;
import dev.docket.runtime.spi.coordination.PlannedTask;
import dev.docket.runtime.spi.coordination.RunCoordination;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many workers, one graph, one scheduler: every worker runs the whole graph (as that many
 * processes given the same root would), claiming each task; each task must run exactly once,
 * all must end done, and the server's rate of task updates is measured. CI runs a smaller scale
 * ({@code -Ddocket.load.tasks}, {@code -Ddocket.load.workers}; scripts/bench-scheduler.sh runs
 * 10,000 tasks and 50 workers and asserts {@code -Ddocket.load.minRate}).
 */
class LoadTest {
  @TempDir Path dir;

  /** CPU time of the scheduler's threads (Jetty's pool, the journal writer, the reaper), in seconds. */
  private static double serverCpuSeconds() {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long nanos = 0;
    for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("docket-scheduler")) {
        nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return nanos / 1e9;
  }

  /** CPU time of this whole process (server, workers, JIT, GC), in seconds. */
  private static double processCpuSeconds() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean unix ? unix.getProcessCpuTime() / 1e9 : Double.NaN;
  }

  @Test
  void everyTaskRunsOnceAndNothingIsLost() throws Exception {
    int tasks = Integer.getInteger("docket.load.tasks", 2_000);
    int workers = Integer.getInteger("docket.load.workers", 20);
    int minRate = Integer.getInteger("docket.load.minRate", 100);
    int width = Math.max(1, tasks / 20); // 20 layers; each task needs two of the layer before
    List<PlannedTask> graph = new ArrayList<>(tasks);
    for (int i = 0; i < tasks; i++) {
      int layer = i / width;
      int[] requires =
          layer == 0
              ? new int[0]
              : new int[] {(layer - 1) * width + i % width, (layer - 1) * width + (i * 7 + 3) % width};
      graph.add(new PlannedTask(new TaskId("T", "i=" + i), null, false, requires));
    }
    TaskId root = graph.get(tasks - 1).id();
    AtomicIntegerArray ran = new AtomicIntegerArray(tasks);
    AtomicLong updates = new AtomicLong();
    AtomicLong calls = new AtomicLong();
    try (SchedulerServer server = SchedulerServer.start(ServerOptions.of(dir).withPort(0))) {
      HttpCoordinatorProvider provider = new HttpCoordinatorProvider();
      List<Coordinator> coordinators = new ArrayList<>();
      List<RunCoordination> runs = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        Coordinator coordinator = provider.connect(URI.create(server.url()), server.token());
        coordinators.add(coordinator);
        runs.add(coordinator.startRun(root, graph));
      }
      ExecutorService pool = Executors.newFixedThreadPool(workers);
      long callsBefore = server.workerCalls(); // the graphs' registrations are not the load
      double cpuBefore = serverCpuSeconds();
      double processBefore = processCpuSeconds();
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        int worker = w;
        RunCoordination run = runs.get(w);
        done.add(
            pool.submit(
                () -> {
                  // Layer by layer (a layer needs only the ones before), each worker starting
                  // at its own place in the layer, as executors with ready tasks in other orders.
                  for (int first = 0; first < tasks; first += width) {
                    int size = Math.min(width, tasks - first);
                    for (int j = 0; j < size; j++) {
                      int i = first + (j + worker * size / workers) % size;
                      TaskId id = graph.get(i).id();
                      Claim claim = run.claim(id);
                      calls.incrementAndGet();
                      if (claim.decision() != Claim.Decision.RUN) {
                        assertThat(claim.decision()).isEqualTo(Claim.Decision.DONE_ELSEWHERE);
                        continue;
                      }
                      ran.incrementAndGet(i);
                      // Set at once and ended at once, the progress goes with the end's report.
                      run.channel(id).progress(0.5);
                      run.ended(id, Outcome.RAN, null);
                      updates.addAndGet(3); // claim granted, progress, done
                      calls.addAndGet(1);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      coordinators.forEach(Coordinator::close);
      for (int i = 0; i < tasks; i++) {
        assertThat(ran.get(i)).isEqualTo(1);
      }
      var response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(URI.create(server.url() + "/api/summary"))
                      .header("Authorization", "Bearer " + server.token())
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      JsonNode summary = SchedulerClient.JSON.readTree(response.body());
      assertThat(summary.get("counts").get("done").asInt()).isEqualTo(tasks);
      // Every progress report arrived: a done task that reported progress shows 1.0.
      var list =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(URI.create(server.url() + "/api/tasks?limit=" + tasks))
                      .header("Authorization", "Bearer " + server.token())
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      int withProgress = 0;
      for (JsonNode task : SchedulerClient.JSON.readTree(list.body()).get("tasks")) {
        withProgress += task.path("progress").asDouble(0) == 1.0 ? 1 : 0;
      }
      assertThat(withProgress).isEqualTo(tasks);
      long answered = server.workerCalls() - callsBefore;
      long changes = updates.get(); // claims granted, progress reports, ends
      double rate = changes / seconds;
      double serverCpu = serverCpuSeconds() - cpuBefore;
      double processCpu = processCpuSeconds() - processBefore;
      System.out.printf(
          Locale.ROOT,
          "scheduler load: %d tasks, %d workers: %.1f s; %d task updates (claims granted,"
              + " progress, ends): %.0f/s; %d calls answered in all (%.0f/s, %.2f per task; %d"
              + " claims of tasks done elsewhere answered from earlier answers); the server's"
              + " threads used %.2f s of CPU: %.0f calls per CPU second; the whole process"
              + " (workers, JIT, GC too) %.2f s: %.2f ms per task; every task ran once%n",
          tasks, workers, seconds, changes, rate, answered, answered / seconds,
          (double) answered / tasks, calls.get() - answered, serverCpu, answered / serverCpu,
          processCpu, processCpu * 1000 / tasks);
      assertThat(rate).isAtLeast((double) minRate);
    }
  }
}
