package org.example.page;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.backends.scheduler.server.SchedulerServer;
import dev.docket.backends.scheduler.server.ServerOptions;
import dev.docket.testkit.RequiredService;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The scheduler's page in a real browser (headless Chromium through Debian's chromedriver): a
 * scheduler started here, two workers running a graph shaped like the sample analysis against
 * it, and the page, opened before they start, following them live (server-sent events, no
 * reload): tasks turning done, the graph drawn and collapsed by family and expanded on a click,
 * a message typed on the page reaching the running task and its answer shown. Without the token
 * the API and the page are refused. The page's picture is kept (docs/scheduler-page.png comes
 * from scripts/scheduler-page-screenshot.sh, which runs this test).
 */
class SchedulerPageIT {
  private static final int BRANCHES = 12;
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path state;
  private SchedulerServer server;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
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

  /** A scheduler of its own for each test, with its own state and token. */
  @BeforeEach
  void startScheduler() throws Exception {
    server = SchedulerServer.start(ServerOptions.of(state).withPort(0));
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
  void followsTwoWorkersLiveDrawsTheGraphAndCarriesAMessageToTheRunningTask() throws Throwable {
    PageWorkers workers = new PageWorkers(new SchedulerApi(server.url(), server.token()), BRANCHES);
    int total = workers.nodes.size();
    browser.get(server.url() + "/login?token=" + server.token());
    await().until(ExpectedConditions.textToBe(By.id("live"), "live"));

    workers.register();
    await().until(ExpectedConditions.textToBe(By.cssSelector("#count-pending .number"), String.valueOf(total)));
    workers.go();
    // Every task but Combine turns done on the page as it stands: nothing reloads it.
    await().until(ExpectedConditions.textToBe(By.cssSelector("#count-done .number"), String.valueOf(total - 1)));
    await().until(ExpectedConditions.textToBe(By.cssSelector("#count-running .number"), "1"));
    await().until(ExpectedConditions.textToBe(By.id("task-total"), "1–" + total + " of " + total + " tasks"));
    await().until(d -> d.findElements(By.cssSelector("#task-rows tr[data-state=done]")).size() == total - 1);
    WebElement combineRow = browser.findElement(By.cssSelector("#task-rows tr[data-state=running]"));
    assertThat(combineRow.getText()).contains(PageWorkers.COMBINE);
    assertThat(combineRow.getText()).contains("waiting for a message from the page");
    keepPicture("scheduler-page.png");

    checkFilters();
    checkGraph(total);
    checkWorkers();

    // A message typed on Combine's page reaches the task, and its answer comes back.
    browser.findElement(By.linkText("Tasks")).click();
    await().until(ExpectedConditions.elementToBeClickable(By.linkText(PageWorkers.COMBINE))).click();
    await().until(ExpectedConditions.textToBe(By.id("task-id"), PageWorkers.COMBINE));
    assertThat(browser.findElement(By.id("tracking-url")).getAttribute("href"))
        .isEqualTo("https://batch.example.org/jobs/" + workers.key(PageWorkers.COMBINE));
    assertThat(browser.findElement(By.id("log-tail")).getText()).contains("combined wjets");
    String text = "stop after <b>this</b> file";
    await().until(ExpectedConditions.elementToBeClickable(By.id("message-text"))).sendKeys(text);
    browser.findElement(By.id("message-send")).click();
    await().until(ExpectedConditions.textToBe(By.cssSelector("#messages .answer"), "received: " + text));
    assertThat(workers.received.get()).isEqualTo(text);
    assertThat(browser.findElement(By.cssSelector("#messages .sent")).getText()).isEqualTo(text);
    await().until(ExpectedConditions.textToBe(By.cssSelector("#count-done .number"), String.valueOf(total)));
    workers.join();
    await().until(d -> d.findElements(By.cssSelector("#task-history tr")).size() == 2);
  }

  @Test
  void aRunOfTenThousandTasksOpensCollapsedAndExpandsInSteps() throws Exception {
    PageWorkers big = new PageWorkers(new SchedulerApi(server.url(), server.token()), 10_000);
    long run = big.registerGraphOnly();
    browser.get(server.url() + "/login?token=" + server.token());
    browser.get(server.url() + "/#/graph/" + run);
    await().until(d -> d.findElements(By.cssSelector("#graph-svg g.node")).size() == 6);
    assertThat(browser.findElement(By.id("graph-info")).getText())
        .startsWith(String.format("%,d", big.nodes.size()) + " tasks in 6 boxes");
    browser.findElement(By.cssSelector("#graph-svg g.node.group[data-group='family:Skim']")).click();
    // all pending: one box for them, then 150 of them and a box for the rest
    await().until(d -> d.findElements(By.cssSelector("#graph-svg g.node.group[data-group='family:Skim|pending']")).size() == 1);
    browser.findElement(By.cssSelector("#graph-svg g.node.group[data-group='family:Skim|pending']")).click();
    await().until(d -> d.findElements(By.cssSelector("#graph-svg g.node.task")).size() == 150 + 1);
    assertThat(browser.findElement(By.cssSelector("#graph-svg g.node.group[data-group='family:Skim|pending|more1']")).getText())
        .contains("×" + String.format("%,d", 10_001 - 150));
  }

  private void checkFilters() {
    new Select(browser.findElement(By.id("filter-family"))).selectByVisibleText("Skim");
    await().until(ExpectedConditions.textToBe(By.id("task-total"),
        "1–" + (BRANCHES + 1) + " of " + (BRANCHES + 1) + " tasks"));
    new Select(browser.findElement(By.id("filter-family"))).selectByVisibleText("any family");
    browser.findElement(By.id("filter-q")).sendKeys("dataset=wjets");
    await().until(ExpectedConditions.textToBe(By.id("task-total"), "1–4 of 4 tasks"));
    assertThat(browser.getCurrentUrl()).endsWith("#/tasks?q=dataset%3Dwjets");
  }

  private void checkGraph(int total) throws Exception {
    browser.findElement(By.linkText("Graph")).click();
    // A small run opens with a box per task, filled by its state, an arrow per requirement.
    await().until(d -> d.findElements(By.cssSelector("#graph-svg g.node.task")).size() == total);
    assertThat(browser.findElements(By.cssSelector("#graph-svg g.node[data-state=done]"))).hasSize(total - 1);
    assertThat(browser.findElements(By.cssSelector("#graph-svg path.edge")).size()).isAtLeast(total - 1);

    new Select(browser.findElement(By.id("graph-collapse"))).selectByValue("family");
    await().until(d -> d.findElements(By.cssSelector("#graph-svg g.node.group")).size() == 5);
    List<WebElement> boxes = browser.findElements(By.cssSelector("#graph-svg g.node"));
    assertThat(boxes).hasSize(6); // five families of several tasks and Combine alone
    WebElement skim = browser.findElement(By.cssSelector("#graph-svg g.node.group[data-group='family:Skim']"));
    assertThat(skim.getText()).contains("Skim ×" + (BRANCHES + 1));
    skim.click();
    await().until(d -> d.findElements(By.cssSelector("#graph-svg g.node")).size() == 6 - 1 + BRANCHES + 1);
    assertThat(browser.findElement(By.id("graph-expanded")).getText()).contains("Skim");
    keepPicture("scheduler-graph.png");
    browser.findElement(By.cssSelector("#graph-expanded .chip[data-group='family:Skim'] button")).click();
    await().until(d -> d.findElements(By.cssSelector("#graph-svg g.node")).size() == 6);
  }

  private void checkWorkers() {
    browser.findElement(By.linkText("Workers")).click();
    await().until(d -> d.findElements(By.cssSelector("#worker-rows tr[data-id]")).size() == 2);
    String table = browser.findElement(By.id("workers")).getText();
    assertThat(table).contains("node-4101");
    assertThat(table).contains("node-4102");
  }

  private WebDriverWait await() {
    return new WebDriverWait(browser, PATIENCE);
  }

  /** The page's picture in target/page-pictures, or where docket.pictures says (docs/). */
  private void keepPicture(String name) throws Exception {
    Path dir = Path.of(System.getProperty("docket.pictures", "target/page-pictures"));
    Files.createDirectories(dir);
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Path target = dir.resolve(name);
    Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertWithMessage("picture " + target).that(Files.size(target)).isGreaterThan(10_000L);
  }
}
