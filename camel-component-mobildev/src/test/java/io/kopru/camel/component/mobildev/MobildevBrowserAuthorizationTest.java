/*
 * Copyright 2026 The Kopru Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.kopru.camel.component.mobildev;

import com.sun.net.httpserver.HttpServer;
import io.kopru.camel.component.mobildev.api.MobildevAuthorization;
import io.kopru.camel.sandbox.mobildev.MobildevMessage;
import io.kopru.camel.sandbox.mobildev.MobildevSimulator;
import io.kopru.camel.support.sms.SmsHeaders;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide's scenario 2.1 to 2.4 in a real browser: headless Chromium, driven by Selenium, opens the URL
 * authorize-url made, logs in on the sandbox's page as the test user, signs with the mobile code, and is redirected to
 * the integrator's callback (here a small server on loopback), which exchanges the code with mobildev:exchange-code;
 * a campaign is then sent with the token.
 * <p>
 * Chromium and chromedriver are found on the PATH ({@code chromium}, {@code chromedriver}, as Debian's packages install
 * them), or named by {@code KOPRU_CHROMIUM} and {@code KOPRU_CHROMEDRIVER}. Without them the test is skipped, unless
 * {@code KOPRU_REQUIRE_BROWSER=1} (the CI sets it), when it fails.
 */
class MobildevBrowserAuthorizationTest extends MobildevTestSupport {

    private static Path chromium;
    private static Path chromedriver;

    private HttpServer callbackServer;
    private final AtomicReference<String> callbackQuery = new AtomicReference<>();
    private final AtomicReference<Exchange> exchanged = new AtomicReference<>();

    /** Per test rather than per class, so that a skip is reported as a skipped test with its reason. */
    @BeforeEach
    void findTheBrowser() {
        chromium = find("KOPRU_CHROMIUM", "chromium", "chromium-browser").orElse(null);
        chromedriver = find("KOPRU_CHROMEDRIVER", "chromedriver").orElse(null);
        if (chromium == null || chromedriver == null) {
            String missing = "headless Chromium and chromedriver are needed (apt-get install chromium chromium-driver;"
                             + " or set KOPRU_CHROMIUM and KOPRU_CHROMEDRIVER); found chromium=" + chromium
                             + ", chromedriver=" + chromedriver;
            if ("1".equals(System.getenv("KOPRU_REQUIRE_BROWSER"))) {
                Assertions.fail("KOPRU_REQUIRE_BROWSER=1 but " + missing);
            }
            Assumptions.abort("skipped: " + missing);
        }
    }

    @AfterEach
    void stopCallbackServer() {
        if (callbackServer != null) {
            callbackServer.stop(0);
        }
    }

    @Test
    void aPersonAuthorizesInHeadlessChromiumAndTheCampaignIsSentWithTheToken(@TempDir Path profile) throws Exception {
        String redirectUri = startCallbackServer();
        mobildev.client(MobildevSimulator.CLIENT_ID).allowRedirectUri(redirectUri);
        context.getComponent("mobildev", MobildevComponent.class).getConfiguration().setRedirectUri(redirectUri);

        Exchange authorize = ok("mobildev:authorize-url", null, Map.of());
        String url = authorize.getMessage().getBody(String.class);
        String state = authorize.getMessage().getHeader(MobildevConstants.STATE, String.class);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath());
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

            browser.get(url);
            assertThat(browser.getTitle()).isEqualTo("Mobildev ile giriş");
            assertThat(browser.findElement(By.id("scope")).getText()).isEqualTo("sms:campaign sms:report");
            browser.findElement(By.id("email")).sendKeys(MobildevSimulator.USER_EMAIL);
            browser.findElement(By.id("password")).sendKeys(MobildevSimulator.USER_PASSWORD);
            browser.findElement(By.id("login")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
            assertThat(browser.getTitle()).isEqualTo("Mobil imza ile onay");
            assertThat(browser.findElement(By.id("user")).getText()).isEqualTo(MobildevSimulator.USER_EMAIL);
            browser.findElement(By.id("code")).sendKeys(MobildevSimulator.MOBILE_SIGNATURE_CODE);
            browser.findElement(By.id("sign")).click();

            wait.until(ExpectedConditions.urlContains("/oauth/callback"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Yetkilendirme"));
            assertThat(browser.getCurrentUrl()).startsWith(redirectUri + "?code=");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("Yetkilendirme başarılı");
        } finally {
            browser.quit();
            service.stop();
        }

        assertThat(callbackQuery.get()).startsWith("code=").endsWith("&state=" + state);
        assertThat(exchanged.get().getException()).isNull();
        MobildevAuthorization authorization = exchanged.get().getMessage().getBody(MobildevAuthorization.class);
        assertThat(authorization.getScope()).isEqualTo("sms:campaign sms:report");

        Exchange campaign = ok("mobildev:campaign-send", "Tarayıcıdan gelen yetkiyle kampanya",
                Map.of(SmsHeaders.TO, "5056647139"));
        MobildevMessage sent = mobildev.message(campaign.getMessage().getHeader(SmsHeaders.MESSAGE_ID, String.class));
        assertThat(sent.channel).isEqualTo("campaign");
        assertThat(sent.user).isEqualTo(MobildevSimulator.USER_EMAIL);
        assertThat(server.requestCount("/oauth/token")).isEqualTo(1);
    }

    /** The integrator's callback: hands the URL the browser came back with to mobildev:exchange-code. */
    private String startCallbackServer() throws IOException {
        callbackServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        callbackServer.createContext("/oauth/callback", http -> {
            String query = http.getRequestURI().getRawQuery();
            callbackQuery.set(query);
            Exchange result = template.send("mobildev:exchange-code",
                    e -> e.getMessage().setBody(http.getRequestURI().toString()));
            exchanged.set(result);
            String page = result.getException() == null ? "Yetkilendirme başarılı!"
                    : "Yetkilendirme başarısız: " + result.getException().getClass().getSimpleName();
            byte[] body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Callback</title></head><body>"
                           + page + "</body></html>").getBytes(StandardCharsets.UTF_8);
            http.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            http.sendResponseHeaders(result.getException() == null ? 200 : 400, body.length);
            try (OutputStream out = http.getResponseBody()) {
                out.write(body);
            }
        });
        callbackServer.start();
        return "http://127.0.0.1:" + callbackServer.getAddress().getPort() + "/oauth/callback";
    }

    /** An executable named by the environment variable, else the first of the names found on the PATH. */
    private static Optional<Path> find(String variable, String... names) {
        String named = System.getenv(variable);
        if (named != null && !named.isBlank()) {
            Path p = Path.of(named);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isEmpty())
                .flatMap(dir -> Stream.of(names).map(n -> Path.of(dir, n)))
                .filter(Files::isExecutable).findFirst();
    }
}
