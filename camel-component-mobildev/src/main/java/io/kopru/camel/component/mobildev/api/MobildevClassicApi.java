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
package io.kopru.camel.component.mobildev.api;

import io.kopru.camel.support.error.ProviderAmbiguousResultException;
import io.kopru.camel.support.error.ProviderErrorDetails;
import io.kopru.camel.support.error.ProviderException;
import io.kopru.camel.support.error.ProviderUnknownErrorException;
import io.kopru.camel.support.error.ProviderValidationException;
import io.kopru.camel.support.http.HttpFailures;
import io.kopru.camel.support.http.ProviderHttpClient;
import io.kopru.camel.support.http.ProviderHttpRequest;
import io.kopru.camel.support.http.ProviderHttpResponse;
import io.kopru.camel.support.ratelimit.RateLimitInfo;
import io.kopru.camel.support.sms.DeliveryReport;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mobildev's classic XML API, the one every public client uses: each call a POST of XML to the root path of the base
 * URL, the credentials inside the body ({@code <UserName>} = apiKey, {@code <PassWord>} = secretKey). Answers are
 * plain text: {@code ID:<n>} for an accepted send, {@code 00} for a cancellation, report lines for a report, or a bare
 * two-digit error code. Nothing here logs a body: every request holds the credentials.
 */
public final class MobildevClassicApi {

    /** Action 3 takes at most 25 MsgIDs per query. */
    public static final int MAX_IDS_PER_REPORT = 25;
    static final int ACTION_REPORT_BY_ID = 3;
    static final int ACTION_CANCEL = 6;
    private static final String CANCELLED = "00";
    private static final Pattern ID = Pattern.compile("\\d{1,20}");
    private static final Pattern CODE = Pattern.compile("\\d{2}");

    private final ProviderHttpClient http;
    private final URI root;
    private final String userName;
    private final String password;
    private final Clock clock;

    public MobildevClassicApi(ProviderHttpClient http, String baseUrl, String userName, String password, Clock clock) {
        this.http = http;
        this.root = URI.create((baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"));
        this.userName = userName;
        this.password = password;
        this.clock = clock;
    }

    /** Action 0 (one text to at most 1000 numbers) or 1 (a text per number), as the batch says. */
    public MobildevApi.Accepted send(MobildevBatch batch) {
        ProviderHttpResponse response = post(MobildevBodies.classicXml(batch, userName, password), false);
        String text = response.bodyAsString().strip();
        if (!response.isSuccess()) {
            throw failure(response, false);
        }
        if (text.regionMatches(true, 0, "ID:", 0, 3) && ID.matcher(text.substring(3).strip()).matches()) {
            return new MobildevApi.Accepted(text.substring(3).strip(), RateLimitInfo.NONE);
        }
        if (CODE.matcher(text).matches()) {
            throw MobildevErrors.legacy(text, response.status());
        }
        throw new ProviderAmbiguousResultException(ProviderErrorDetails.of(MobildevErrors.PROVIDER)
                .httpStatus(response.status())
                .providerMessage("the answer carries no ID: " + MobildevAnswers.quote(text, userName, password))
                .remedy("The submission may have been accepted; query its status before sending it again").build(),
                null);
    }

    /** Action 3, by MsgID, {@value #MAX_IDS_PER_REPORT} ids per query: one report per recipient line. */
    public List<DeliveryReport> reports(List<String> ids) {
        List<String> checked = ids.stream().map(MobildevClassicApi::checkedId).toList();
        List<DeliveryReport> reports = new ArrayList<>();
        for (int from = 0; from < checked.size(); from += MAX_IDS_PER_REPORT) {
            List<String> part = checked.subList(from, Math.min(checked.size(), from + MAX_IDS_PER_REPORT));
            ProviderHttpResponse response = post(MobildevBodies.classicQuery(ACTION_REPORT_BY_ID, part, userName,
                    password), true);
            if (!response.isSuccess()) {
                throw failure(response, true);
            }
            String text = response.bodyAsString().strip();
            if (!MobildevReportLines.NOT_PROCESSED_YET.equals(text) && CODE.matcher(text).matches()) {
                throw MobildevErrors.legacy(text, response.status());
            }
            reports.addAll(MobildevReportLines.parse(text, part, clock.instant(), userName, password));
        }
        return reports;
    }

    /** Action 6: cancels a scheduled send; Mobildev answers {@code 00} when it did. */
    public void cancel(String id) {
        ProviderHttpResponse response = post(MobildevBodies.classicQuery(ACTION_CANCEL, List.of(checkedId(id)),
                userName, password), false);
        if (!response.isSuccess()) {
            throw failure(response, false);
        }
        String text = response.bodyAsString().strip();
        if (CANCELLED.equals(text)) {
            return;
        }
        if (CODE.matcher(text).matches()) {
            throw MobildevErrors.legacy(text, response.status());
        }
        throw new ProviderUnknownErrorException(ProviderErrorDetails.of(MobildevErrors.PROVIDER)
                .httpStatus(response.status()).providerCode("unreadable_answer")
                .providerMessage("the cancellation of " + id + " was answered "
                                 + MobildevAnswers.quote(text, userName, password))
                .remedy("Whether the send was cancelled is unknown: query its status").build(), false);
    }

    private ProviderHttpResponse post(byte[] body, boolean idempotent) {
        return http.execute(ProviderHttpRequest.post(root).header("Accept", "text/plain")
                .body(body, "application/xml; charset=UTF-8").idempotent(idempotent).build());
    }

    private ProviderException failure(ProviderHttpResponse response, boolean idempotent) {
        String text = response.bodyAsString().strip();
        if (CODE.matcher(text).matches()) {
            return MobildevErrors.legacy(text, response.status());
        }
        return HttpFailures.fromStatus(ProviderErrorDetails.of(MobildevErrors.PROVIDER).httpStatus(response.status())
                .providerMessage("an answer that is not Mobildev's: " + MobildevAnswers.quote(text, userName,
                        password))
                .remedy(idempotent ? "The query can be repeated"
                        : "The request may have been accepted if the status is a server error; query the status"
                          + " before sending it again").build(), RateLimitInfo.NONE, idempotent);
    }

    private static String checkedId(String id) {
        if (id == null || !ID.matcher(id.strip()).matches()) {
            throw new ProviderValidationException(MobildevErrors.PROVIDER, "'" + id + "' is not a Mobildev id (the"
                                                                           + " digits after ID:)");
        }
        return id.strip();
    }
}
