package io.github.taskrouter4j.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Hands a test a headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) and
 * saves a screenshot (and the page's HTML) under {@code target/console-screenshots/} when the test
 * fails. Skips the test, saying why, when no browser is installed. Selenium Manager is never asked
 * for anything: the driver and the browser are given by path.
 */
final class Chromium implements ParameterResolver, AfterTestExecutionCallback {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

  /** Closes the browser and deletes its profile when the test's context ends. */
  private static final class Session implements AutoCloseable {
    final ChromeDriver driver;
    final Path profile;

    Session(ChromeDriver driver, Path profile) {
      this.driver = driver;
      this.profile = profile;
    }

    @Override
    public void close() throws IOException {
      driver.quit();
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == WebDriver.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Assumptions.assumeTrue(
        Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
        "Console browser tests skipped: no "
            + BROWSER
            + " or "
            + DRIVER
            + " (install the Debian packages chromium and chromium-driver; .ci/run does)");
    Path profile;
    try {
      profile = Files.createTempDirectory("taskrouter4j-console-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    context
        .getStore(ExtensionContext.Namespace.create(Chromium.class))
        .put("session", new Session(driver, profile));
    return driver;
  }

  /** Runs before the browser is closed, unlike a {@code TestWatcher}, so it can still look. */
  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    Optional.ofNullable(
            context
                .getStore(ExtensionContext.Namespace.create(Chromium.class))
                .get("session", Session.class))
        .ifPresent(
            session -> {
              String name =
                  context.getRequiredTestClass().getSimpleName()
                      + "-"
                      + context.getRequiredTestMethod().getName()
                      + ".png";
              save(session.driver, SCREENSHOTS.resolve(name));
              writePageSource(session.driver, SCREENSHOTS.resolve(name.replace(".png", ".html")));
            });
  }

  private static void writePageSource(WebDriver driver, Path file) {
    try {
      Files.writeString(file, driver.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a PNG of what the browser shows to {@code file}. */
  static void save(WebDriver driver, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
