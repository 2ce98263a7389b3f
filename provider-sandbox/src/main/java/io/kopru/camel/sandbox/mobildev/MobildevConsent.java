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
package io.kopru.camel.sandbox.mobildev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person going through the simulator's authorize pages, scripted over plain HTTP for tests that do not need a real
 * browser: opens the authorize URL, logs in, enters the mobile-signature code, picks the time window and token
 * lifetime, and returns the address the browser would be sent back to ({@code redirect_uri?code=...&state=...}).
 * <pre>
 * URI callback = MobildevConsent.at(authorizeUrl).window("09:00", "17:00").give();
 * </pre>
 */
public final class MobildevConsent {

    private static final Pattern TX = Pattern.compile("name=\"tx\" value=\"([^\"]+)\"");
    private static final Pattern ERROR = Pattern.compile("<p id=\"error\">([^<]*)</p>");

    private final String authorizeUrl;
    private String email = MobildevSimulator.USER_EMAIL;
    private String password = MobildevSimulator.USER_PASSWORD;
    private String code = MobildevSimulator.MOBILE_SIGNATURE_CODE;
    private String windowStart = "";
    private String windowEnd = "";
    private int lifetimeDays = 30;

    private MobildevConsent(String authorizeUrl) {
        this.authorizeUrl = authorizeUrl;
    }

    public static MobildevConsent at(String authorizeUrl) {
        return new MobildevConsent(authorizeUrl);
    }

    /** Logs in as someone else than the guide's test user. */
    public MobildevConsent as(String email, String password, String mobileSignatureCode) {
        this.email = email;
        this.password = password;
        this.code = mobileSignatureCode;
        return this;
    }

    /** Allows sends only between these times of day, Turkish time ({@code HH:mm}). */
    public MobildevConsent window(String start, String end) {
        this.windowStart = start;
        this.windowEnd = end;
        return this;
    }

    /** The token lifetime the person chooses: 1, 7 or 30 days. */
    public MobildevConsent lifetimeDays(int days) {
        this.lifetimeDays = days;
        return this;
    }

    /** Authorizes. @return where the browser is redirected: the redirect URI with {@code code} and {@code state} */
    public URI give() {
        return run("allow");
    }

    /** Declines. @return the redirect URI with {@code error=access_denied} and {@code state} */
    public URI deny() {
        return run("deny");
    }

    private URI run(String decision) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            URI authorize = URI.create(authorizeUrl);
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(authorize).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() == 302) {
                return location(page);
            }
            String tx = extract(page, "the login page");
            Map<String, String> login = new LinkedHashMap<>();
            login.put("tx", tx);
            login.put("email", email);
            login.put("password", password);
            HttpResponse<String> signPage = post(http, authorize.resolve("/oauth/login"), login);
            extract(signPage, "the mobile signature page");
            Map<String, String> sign = new LinkedHashMap<>();
            sign.put("tx", tx);
            sign.put("time_start", windowStart);
            sign.put("time_end", windowEnd);
            sign.put("lifetime_days", String.valueOf(lifetimeDays));
            sign.put("code", code);
            sign.put("decision", decision);
            HttpResponse<String> done = post(http, authorize.resolve("/oauth/sign"), sign);
            if (done.statusCode() != 302) {
                throw new IllegalStateException("the authorize pages did not redirect: HTTP " + done.statusCode()
                                                + " " + pageError(done));
            }
            return location(done);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(HttpClient http, URI uri, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String extract(HttpResponse<String> page, String what) {
        Matcher m = TX.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("expected " + what + ", got HTTP " + page.statusCode() + " "
                                            + pageError(page));
        }
        return m.group(1);
    }

    private static String pageError(HttpResponse<String> page) {
        Matcher m = ERROR.matcher(page.body());
        return m.find() ? m.group(1) : "";
    }

    private static URI location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("a redirect without Location")));
    }
}
