package org.beanpress.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through its chromium-driver (both installed by
 * {@code .ci/run} when missing), with what the browser tests need beside it: exact
 * viewport widths, whole-page screenshots under {@code target/browser/}, and the axe-core
 * accessibility check.
 */
final class Chromium implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "browser");

	private static final String AXE = "/axe/axe.min.js";

	private final ChromeDriver driver;

	private Chromium(ChromeDriver driver) {
		this.driver = driver;
	}

	/**
	 * Starts the browser from {@code /usr/bin} (else the PATH); never downloads one
	 * (Selenium Manager stays unused because both paths are given).
	 */
	static Chromium start() {
		var options = new ChromeOptions();
		options.setBinary(executable("chromium").toFile());
		// --no-sandbox: CI runs as root, where chromium refuses its sandbox
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1280,900", "--lang=en");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(executable("chromedriver").toFile())
			.usingAnyFreePort()
			.build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return new Chromium(driver);
	}

	private static Path executable(String name) {
		var candidates = new ArrayList<Path>();
		candidates.add(Path.of("/usr/bin", name));
		for (var folder : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (!folder.isEmpty()) {
				candidates.add(Path.of(folder, name));
			}
		}
		return candidates.stream()
			.filter(Files::isExecutable)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The browser tests need Debian's " + name
					+ " (apt-get install chromium chromium-driver; .ci/run installs them)"));
	}

	ChromeDriver driver() {
		return driver;
	}

	WebDriverWait waiting(Duration timeout) {
		return new WebDriverWait(driver, timeout);
	}

	/** The page laid out at this CSS width, as a phone or a desktop would. */
	void viewport(int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	/** The whole page, not only what the viewport shows, as target/browser/{name}.png. */
	Path screenshot(String name) {
		var metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		var size = (Map<String, Number>) metrics.get("cssContentSize");
		var clip = Map.of("x", 0, "y", 0, "width", size.get("width").doubleValue(), "height",
				Math.min(size.get("height").doubleValue(), 6000), "scale", 1);
		var shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		try {
			Files.createDirectories(SCREENSHOTS);
			var file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs axe-core on the page as it is and gives its violations of impact serious or
	 * critical, each as "rule (impact): help: the elements".
	 */
	List<String> seriousAccessibilityViolations() {
		driver.executeScript(axeSource());
		var found = (List<?>) driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {resultTypes: ['violations']})
				  .then(r => done(r.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ': '
				      + v.nodes.map(n => n.target.join(' ')).join(', '))))
				  .catch(e => done(['axe did not run: ' + e]));
				""");
		return found.stream().map(String::valueOf).toList();
	}

	private static String axeSource() {
		try (InputStream in = Chromium.class.getResourceAsStream(AXE)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
