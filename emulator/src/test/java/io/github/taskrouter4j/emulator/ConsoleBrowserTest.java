package io.github.taskrouter4j.emulator;

import static io.github.taskrouter4j.emulator.RequestJson.array;
import static io.github.taskrouter4j.emulator.RequestJson.configuration;
import static io.github.taskrouter4j.emulator.RequestJson.json;
import static io.github.taskrouter4j.emulator.RequestJson.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console driven in headless Chromium: live updates, "why waiting", buttons. */
@ExtendWith(Chromium.class)
class ConsoleBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final EmulatorClock clock = EmulatorClock.manual();
  private TaskRouterEmulator emulator;
  private Scenario s;

  @BeforeEach
  void start() {
    emulator = TaskRouterEmulator.builder().clock(clock).start();
    s = new Scenario(new Api(emulator));
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  /** Logs in with a one-time link and opens the workspace page, waiting for live updates. */
  private void openWorkspace(WebDriver browser) {
    browser.get(emulator.consoleLoginUri().toString());
    browser.get(emulator.consoleUri() + "/ws/" + s.ws);
    awaitLive(browser);
  }

  private static void awaitLive(WebDriver browser) {
    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "connected"));
    // a marker that a reload would wipe: live updates must keep it
    ((JavascriptExecutor) browser).executeScript("window.consoleTestMarker = 'same page';");
  }

  private static void assertNotReloaded(WebDriver browser) {
    assertThat(((JavascriptExecutor) browser).executeScript("return window.consoleTestMarker;"))
        .isEqualTo("same page");
  }

  private static WebElement row(WebDriver browser, String attribute, String value) {
    return browser.findElement(By.cssSelector("tr[" + attribute + "='" + value + "']"));
  }

  private static void awaitText(WebDriver browser, By where, String text) {
    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(where, text));
  }

  @Test
  void taskCreatedThroughRestApi_appearsLiveOnQueuePage(WebDriver browser) {
    s.queue("Billing", "skills HAS 'billing'");
    String wf = s.workflow("Billing", configuration(s.queue("Everyone", "1==1")));
    s.worker("alice", json("skills", array("billing")), s.offline);
    openWorkspace(browser);

    String task = s.task(wf, json("type", "invoice"));

    awaitText(browser, By.cssSelector("tr[data-queue='Everyone'] td.waiting"), task);
    assertThat(row(browser, "data-task", task).getText()).contains("pending");
    assertNotReloaded(browser);
    if (Boolean.getBoolean("docs.update")) {
      Chromium.save(browser, Path.of("..", "docs", "images", "console.png"));
    }
  }

  @Test
  void whyWaiting_namesUnavailableWorker_andChangesWhenWorkerBecomesAvailable(WebDriver browser) {
    String billing = s.queue("Billing", "skills HAS 'billing'");
    String wf = s.workflow("Billing", configuration(billing));
    String bob = s.worker("bob", json("skills", array("billing")), s.offline);
    s.worker("carol", json("skills", array("sales")), s.available);
    String task = s.task(wf, json("type", "invoice"));
    browser.get(emulator.consoleLoginUri().toString());
    browser.get(emulator.consoleUri() + "/ws/" + s.ws + "/tasks/" + task);
    awaitLive(browser);

    By bobVerdict = By.cssSelector("#verdicts li[data-worker='bob']");
    assertThat(browser.findElement(bobVerdict).getText())
        .isEqualTo("bob: not available (activity Offline)");
    assertThat(browser.findElement(By.cssSelector("#verdicts li[data-worker='carol']")).getText())
        .contains("not in queue Billing");
    assertThat(browser.findElement(By.id("current-step")).getText())
        .contains("queue Billing")
        .contains("no timeout");

    s.api.post(s.path("/Workers/" + bob), "ActivitySid", s.available).ok();

    awaitText(browser, bobVerdict, "already reserved for this task");
    awaitText(browser, By.id("task-status"), "reserved");
    assertNotReloaded(browser);
  }

  @Test
  void acceptButton_assignsTask_andWorkerActivityChanges(WebDriver browser) {
    // a queue's assignment activity applies to single-task workspaces
    s = new Scenario(new Api(emulator), "MultiTaskEnabled", "false");
    String busy = s.unavailable;
    String billing = s.queue("Billing", "1==1", "AssignmentActivitySid", busy);
    String wf = s.workflow("Billing", configuration(billing));
    s.worker("alice", json("skills", array("billing")), s.available);
    String task = s.task(wf, json("type", "invoice"));
    String reservation = s.pendingReservation(task).path("sid").asText();
    openWorkspace(browser);
    assertThat(row(browser, "data-worker", "alice").findElement(By.className("activity")).getText())
        .isEqualTo("Available");

    browser.findElement(By.id("accept-" + reservation)).click();

    awaitText(browser, By.cssSelector("tr[data-worker='alice'] .activity"), "Unavailable");
    awaitText(browser, By.cssSelector("tr[data-task='" + task + "'] td.status"), "assigned");
    assertThat(s.status(task)).isEqualTo("assigned");
  }

  @Test
  void clockButton_makesTimedOutStepEscalate(WebDriver browser) {
    String gold = s.queue("Gold", "tier == 'gold'");
    String everyone = s.queue("Everyone", "1==1");
    String cfg =
        configuration(
            everyone,
            object(
                "filter_friendly_name",
                "Gold customers",
                "expression",
                "customer_value == 'Gold'",
                "targets",
                array(object("queue", gold, "timeout", 30), object("queue", everyone))));
    String wf = s.workflow("Escalation", cfg);
    String task = s.task(wf, json("customer_value", "Gold"));
    openWorkspace(browser);
    awaitText(browser, By.cssSelector("tr[data-queue='Gold'] td.waiting"), task);

    WebElement seconds = browser.findElement(By.id("clock-seconds"));
    seconds.clear();
    seconds.sendKeys("30");
    browser.findElement(By.id("advance-clock")).click();

    awaitText(browser, By.cssSelector("tr[data-queue='Everyone'] td.waiting"), task);
    assertThat(browser.findElement(By.cssSelector("tr[data-queue='Gold'] td.waiting")).getText())
        .doesNotContain(task);
    assertThat(s.queueOf(task)).isEqualTo(everyone);
  }
}
