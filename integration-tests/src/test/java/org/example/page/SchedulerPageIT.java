package org.example.page;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docket.backends.scheduler.server.SchedulerServer;
import dev.docket.backends.scheduler.server.ServerOptions;
import dev.docket.testkit.RequiredService;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.example.params.TestTasksMain;
import org.example.ttbar.AnalysisProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The scheduler's page in a real browser (headless Chromium through Debian's chromedriver),
 * opened before anything runs and following by its events alone (no reload): two worker
 * processes of the sample analysis ({@code run Combine --workers 2 --scheduler URL}, twice)
 * whose tasks turn done on it; the run's graph drawn, collapsed by family and expanded on a
 * click, and a run of ten thousand tasks drawn collapsed; a message typed on the page reaching
 * a running task ({@link Listen}, which reads it through TaskContext) and its answer shown.
 * Without the token the API and the page are refused. docs/scheduler-page.png and
 * scheduler-graph.png are this test's pictures (scripts/scheduler-page-screenshot.sh).
 */
class SchedulerPageIT {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  /** The sample analysis's Combine: GenerateEvents, Selection, JetCalibration, Histograms x2. */
  private static final int SAMPLE_TASKS = 9;

  @TempDir Path state;
  @TempDir Path store;
  private SchedulerServer server;
  private static WebDriver browser;

  @BeforeAll
  static void startBrowser() {
    RequiredService.require(
        RequiredService.find("chromium").isPresent() && RequiredService.find("chromedriver").isPresent(),
        "chromium and chromedriver are not on the PATH: install them with scripts/browser-setup.sh");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(RequiredService.find("chromedriver").orElseThrow().toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(RequiredService.find("chromium").orElseThrow().toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1400,900");
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** A scheduler of its own for each test; workers beat every 2 s, so messages come quickly. */
  @BeforeEach
  void startScheduler() throws Exception {
    server = SchedulerServer.start(
        ServerOptions.of(state).withPort(0).withWorkerTimeout(Duration.ofSeconds(6)));
  }

  @AfterEach
  void stopScheduler() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void withoutTheTokenTheApiAndThePageAreRefused() throws Exception {
    SchedulerApi anonymous = new SchedulerApi(server.url(), null);
    HttpResponse<String> summary = anonymous.get("/api/summary");
    assertThat(summary.statusCode()).isEqualTo(401);
    assertThat(summary.body()).contains("token");
    assertThat(anonymous.get("/api/events").statusCode()).isEqualTo(401);
    assertThat(new SchedulerApi(server.url(), "not-the-token").get("/api/tasks").statusCode()).isEqualTo(401);

    browser.manage().deleteAllCookies();
    browser.get(server.url() + "/login?token=not-the-token");
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("wrong or missing token");
    browser.get(server.url() + "/");
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("open the login link");
    assertThat(browser.findElements(By.id("counts"))).isEmpty();
  }

  @Test
  void followsTwoWorkersOfTheSampleAnalysisAndCarriesAMessageToARunningTask() throws Exception {
    browser.get(server.url() + "/login?token=" + server.token());
    await().until(ExpectedConditions.textToBe(By.id("live"), "live"));
    await().until(ExpectedConditions.textToBe(By.cssSelector("#count-done .number"), "0"));

    AnalysisProcess analysis =
        new AnalysisProcess(store).withEnvironment("DOCKET_SCHEDULER_TOKEN", server.token());
    Process first = analysis.start(store.resolve("first.out"),
        "run", "Combine", "--workers", "2", "--scheduler", server.url());
    Process second = analysis.start(store.resolve("second.out"),
        "run", "Combine", "--workers", "2", "--scheduler", server.url());
    // The tasks turn done on the page as it stands: only its events tell it.
    await().until(ExpectedConditions.textToBe(By.cssSelector("#count-done .number"),
        String.valueOf(SAMPLE_TASKS)));
    ended(first, store.resolve("first.out"));
    ended(second, store.resolve("second.out"));
    await().until(d -> d.findElements(By.cssSelector("#task-rows tr[data-state=done]")).size() == SAMPLE_TASKS);
    assertThat(Files.readAllLines(store.resolve("executions.log"))).hasSize(SAMPLE_TASKS);

    checkFilters();
    checkGraph();

    // A task that waits for the page: its status message shows, a message typed reaches it.
    Process listen = startTestTask("run", "Listen", "--scheduler", server.url());
    browser.findElement(By.linkText("Tasks")).click();
    await().until(ExpectedConditions.textToBe(By.cssSelector("#count-running .number"), "1"));
    // the list is drawn again as events come: look each row up afresh
    await().until(d -> d.findElements(
            By.cssSelector("#task-rows tr[data-state=running]")).stream()
        .anyMatch(row -> row.getText().contains("waiting for a message from the page")));
    // its progress (setProgress(0.5) a moment after the message) reaches the page as it stands
    await().until(d -> d.findElements(
            By.cssSelector("#task-rows tr[data-state=running] .progress[title='50 %']")).size() == 1);
    keepPicture("scheduler-page.png");
    openTask("Listen(name=page)");
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-url")));
    await().until(d -> d.findElements(By.cssSelector(".progress[title='50 %']")).size() == 1);
    await().until(ExpectedConditions.attributeToBe(
        By.id("tracking-url"), "href", "https://batch.example.org/jobs/page"));
    checkWorkers(listen.pid());

    browser.findElement(By.linkText("Tasks")).click();
    openTask("Listen(name=page)");
    String text = "stop after <b>this</b> file";
    await().until(ExpectedConditions.elementToBeClickable(By.id("message-text"))).sendKeys(text);
    browser.findElement(By.id("message-send")).click();
    await().until(ExpectedConditions.textToBe(By.cssSelector("#messages .answer"), "received: " + text));
    await().until(ExpectedConditions.textToBe(By.cssSelector("#messages .sent"), text));
    ended(listen, store.resolve("listen.out"));
    assertThat(Files.readString(store.resolve("listen/page.txt"))).isEqualTo(text);
    await().until(ExpectedConditions.textToBe(By.cssSelector("#count-done .number"),
        String.valueOf(SAMPLE_TASKS + 1)));
    await().until(d -> d.findElements(By.cssSelector("#task-history tr")).size() == 2);
  }

  @Test
  void aRunOfTenThousandTasksOpensCollapsedAndExpandsInSteps() throws Exception {
    long[] run = LargeRun.register(new SchedulerApi(server.url(), server.token()), 10_000);
    browser.get(server.url() + "/login?token=" + server.token());
    // The family filter offers every family, though the first 100 tasks hold no Combine.
    await().until(d -> new Select(
        d.findElement(By.id("filter-family"))).getOptions().size() == 7);
    assertThat(new Select(browser.findElement(By.id("filter-family"))).getOptions().stream()
            .map(WebElement::getText).toList())
        .containsExactly("any family", "Combine", "GenerateEvents", "Histograms", "JetCalibration",
            "Selection", "Skim").inOrder();
    browser.get(server.url() + "/#/graph/" + run[1]);
    await().until(d -> d.findElements(By.cssSelector("#graph-svg g.node")).size() == 6);
    assertThat(browser.findElement(By.id("graph-info")).getText())
        .startsWith(String.format("%,d", run[0]) + " tasks in 6 boxes");
    browser.findElement(By.cssSelector("#graph-svg g.node.group[data-group='family:Skim']")).click();
    // all pending: one box for them, then 150 of them and a box for the rest
    By pending = By.cssSelector("#graph-svg g.node.group[data-group='family:Skim|pending']");
    await().until(d -> d.findElements(pending).size() == 1);
    browser.findElement(pending).click();
    await().until(d -> d.findElements(By.cssSelector("#graph-svg g.node.task")).size() == 150 + 1);
    assertThat(browser.findElement(
            By.cssSelector("#graph-svg g.node.group[data-group='family:Skim|pending|more1']")).getText())
        .contains("×" + String.format("%,d", 10_001 - 150));
  }

  /**
   * The graph's own layout (layout.js) on small graphs, in this browser (node is not in CI):
   * layers in the order of the requirements, no two boxes on each other, an arrow for every
   * requirement between two boxes and none through a box (also past the rows of a wrapped
   * layer), and the boxes a collapse or an expansion makes (src/test/resources layout-checks.js).
   */
  @Test
  @SuppressWarnings("unchecked")
  void layoutKeepsLayersInOrderBoxesApartAndArrowsClearOfBoxes() throws Exception {
    browser.get(server.url() + "/login?token=" + server.token());
    await().until(ExpectedConditions.textToBe(By.id("live"), "live"));
    String script = new String(SchedulerPageIT.class.getResourceAsStream("layout-checks.js")
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    browser.manage().timeouts().scriptTimeout(PATIENCE);
    Map<String, Object> answer =
        (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(script);
    assertThat((List<String>) answer.get("problems")).isEmpty();
    Map<String, Map<String, Object>> results = (Map<String, Map<String, Object>>) answer.get("results");

    assertThat(figure(results, "chain", "rowOf")).isEqualTo(Map.of("task:1", 0L, "task:2", 1L, "task:3", 2L));
    Map<String, Object> sample = results.get("sample");
    assertThat(sample).containsAtLeast("boxes", 9L, "arrows", 10L, "rows", 4L);
    assertThat((Map<String, Object>) sample.get("rowOf")).containsAtLeast(
        "task:1", 0L, "task:2", 1L, "task:6", 1L, "task:3", 2L, "task:4", 2L, "task:5", 3L, "task:9", 3L);
    assertThat(results.get("sample by family")).containsAtLeast("boxes", 5L, "arrows", 5L, "rows", 4L);
    assertThat(results.get("sample, Histograms expanded")).containsAtLeast("boxes", 6L, "arrows", 8L);
    // 30 in rows of 4: 8 rows between Top and Bottom; straight lines would cross boxes there
    assertThat(results.get("wide")).containsAtLeast("boxes", 34L, "arrows", 60L, "rows", 10L, "crossing", 0L);
    assertThat((Long) results.get("wide").get("straightCrossing")).isGreaterThan(0L);
    assertThat((Long) results.get("wide").get("routed")).isGreaterThan(0L);
    assertThat(results.get("cycle")).containsAtLeast("boxes", 2L, "arrows", 2L, "upwards", 1L);
    assertThat(results.get("flow")).containsAtLeast("boxes", 201L, "arrows", 200L, "rows", 10L);
    assertThat(results.get("flow by family")).containsAtLeast("boxes", 2L, "arrows", 1L);
    assertThat(results.get("flow by workflow")).containsAtLeast("boxes", 2L, "arrows", 1L);
    // more than 150 branches: the 10 running and failed ones alone, the done ones in one box,
    // then 150 of them and a box for the other 40, then all
    assertThat(results.get("flow expanded")).containsAtLeast("boxes", 12L, "arrows", 11L);
    assertThat(results.get("flow done expanded")).containsAtLeast("boxes", 162L, "arrows", 161L);
    assertThat(results.get("flow done expanded twice")).containsAtLeast("boxes", 201L, "arrows", 200L);
  }

  @SuppressWarnings("unchecked")
  private static Object figure(Map<String, Map<String, Object>> results, String name, String what) {
    return results.get(name).get(what);
  }

  private void checkFilters() {
    new Select(browser.findElement(By.id("filter-family"))).selectByVisibleText("Histograms");
    await().until(ExpectedConditions.textToBe(By.id("task-total"), "1–2 of 2 tasks"));
    new Select(browser.findElement(By.id("filter-family"))).selectByVisibleText("any family");
    browser.findElement(By.id("filter-q")).sendKeys("dataset=wjets");
    await().until(ExpectedConditions.textToBe(By.id("task-total"), "1–4 of 4 tasks"));
    assertThat(browser.getCurrentUrl()).endsWith("#/tasks?q=dataset%3Dwjets");
  }

  private void checkGraph() throws Exception {
    // The run that planned first planned every task (the other may have found some done).
    long run = -1;
    JsonNode runs = SchedulerApi.JSON.readTree(
        new SchedulerApi(server.url(), server.token()).get("/api/runs").body()).path("runs");
    for (JsonNode r : runs) {
      if (r.path("tasks").asInt() == SAMPLE_TASKS) {
        run = r.path("id").asLong();
      }
    }
    assertWithMessage(runs.toString()).that(run).isAtLeast(0L);
    browser.get(server.url() + "/#/graph/" + run);
    // A small run opens with a box per task, filled by its state, an arrow per requirement.
    await().until(d -> d.findElements(By.cssSelector("#graph-svg g.node.task")).size() == SAMPLE_TASKS);
    await().until(d -> d.findElements(By.cssSelector("#graph-svg g.node[data-state=done]")).size() == SAMPLE_TASKS);
    assertThat(browser.findElements(By.cssSelector("#graph-svg path.edge"))).hasSize(10);

    new Select(browser.findElement(By.id("graph-collapse"))).selectByValue("family");
    // four families of two tasks each and Combine alone
    await().until(d -> d.findElements(By.cssSelector("#graph-svg g.node.group")).size() == 4);
    assertThat(browser.findElements(By.cssSelector("#graph-svg g.node"))).hasSize(5);
    By histograms = By.cssSelector("#graph-svg g.node.group[data-group='family:Histograms']");
    await().until(d -> d.findElement(histograms).getText().contains("Histograms ×2"));
    await().until(d -> {
      d.findElement(histograms).click();
      return true;
    });
    await().until(d -> d.findElements(By.cssSelector("#graph-svg g.node")).size() == 6);
    assertThat(browser.findElement(By.id("graph-expanded")).getText()).contains("Histograms");
    keepPicture("scheduler-graph.png");
    browser.findElement(By.cssSelector("#graph-expanded .chip[data-group='family:Histograms'] button")).click();
    await().until(d -> d.findElements(By.cssSelector("#graph-svg g.node")).size() == 5);
  }

  private void checkWorkers(long pid) {
    browser.findElement(By.linkText("Workers")).click();
    await().until(d -> d.findElements(By.xpath("//tbody[@id='worker-rows']/tr/td[3][text()='" + pid + "']")).size() == 1);
  }

  /** Clicks the task's link in the list, which events may redraw meanwhile. */
  private void openTask(String id) {
    await().until(d -> {
      d.findElement(By.linkText(id)).click();
      return true;
    });
    await().until(ExpectedConditions.textToBe(By.id("task-id"), id));
  }

  /** Waits on a page that events redraw: an element found a moment ago may be gone, so look again. */
  private WebDriverWait await() {
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  private static void ended(Process process, Path out) throws Exception {
    assertWithMessage("still running: " + out).that(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertWithMessage(Files.readString(out)).that(process.exitValue()).isEqualTo(0);
  }

  /** The test tasks' generated main ({@code org.example.params.ParamsMain}) in the store. */
  private Process startTestTask(String... args) throws Exception {
    ProcessBuilder builder = TestTasksMain.builder(store, args);
    builder.environment().put("DOCKET_SCHEDULER_TOKEN", server.token());
    builder.redirectOutput(store.resolve("listen.out").toFile()).redirectErrorStream(true);
    return builder.start();
  }

  /** The page's picture in target/page-pictures, or where docket.pictures says (docs/). */
  private void keepPicture(String name) throws Exception {
    Path dir = Path.of(System.getProperty("docket.pictures", "target/page-pictures"));
    Files.createDirectories(dir);
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Path target = dir.resolve(name);
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    assertWithMessage("picture " + target).that(Files.size(target)).isGreaterThan(10_000L);
  }
}
