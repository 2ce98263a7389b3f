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
package io.kopru.camel.routes.bulk;

import io.kopru.camel.routes.poll.DeliveryTracker;
import io.kopru.camel.support.error.ProviderPartiallySentException;
import io.kopru.camel.support.sms.SmsHeaders;
import io.kopru.camel.support.sms.SmsSendResult;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a bulk send, batch by batch: accepted (by which provider), already sent by an earlier reading of the
 * same source, parked (outcome unknown, or partly sent: {@link ProviderPartiallySentException} says which recipients
 * were accepted, not sent and uncertain), refused for bad input (to the dead-letter endpoint), handed to an
 * asynchronous entry, or failed. The body of the bulk route's exchange when it is done.
 */
public final class BulkSummary {

    /** Failures and partial sends named in the summary; the rest are only counted. */
    static final int NAMED = 20;

    private long batches;
    private long acceptedBatches;
    private long acceptedRecipients;
    private final Map<String, Long> acceptedRecipientsByProvider = new LinkedHashMap<>();
    private long alreadySentBatches;
    private long parkedBatches;
    private long deadLetteredBatches;
    private long submittedBatches;
    private long failedBatches;
    private final List<ProviderPartiallySentException> partiallySent = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private BulkLines lines = new BulkLines();

    /** Counts one batch's exchange after the send route. */
    synchronized void record(Exchange batch) {
        batches++;
        Exception failure = batch.getException();
        Object caught = batch.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT);
        String key = batch.getMessage().getHeader(SmsHeaders.IDEMPOTENCY_KEY, String.class);
        if (failure != null) {
            failedBatches++;
            if (failures.size() < NAMED) {
                failures.add(key + ": " + failure.getClass().getSimpleName() + ": " + failure.getMessage());
            }
        } else if (batch.getProperty(DeliveryTracker.DEAD_LETTER) != null) {
            deadLetteredBatches++;
        } else if (Boolean.TRUE.equals(batch.getProperty(DeliveryTracker.PARKED, Boolean.class))) {
            parkedBatches++;
            if (caught instanceof ProviderPartiallySentException && partiallySent.size() < NAMED) {
                partiallySent.add((ProviderPartiallySentException) caught);
            }
        } else if (Boolean.TRUE.equals(batch.getProperty(DeliveryTracker.SETTLED, Boolean.class))) {
            alreadySentBatches++;
        } else if (batch.getMessage().getBody() instanceof SmsSendResult) {
            SmsSendResult result = batch.getMessage().getBody(SmsSendResult.class);
            acceptedBatches++;
            acceptedRecipients += result.getRecipientCount();
            acceptedRecipientsByProvider.merge(result.getProvider(), (long) result.getRecipientCount(), Long::sum);
        } else {
            submittedBatches++;
        }
    }

    synchronized void lines(BulkLines lines) {
        if (lines != null) {
            this.lines = lines;
        }
    }

    public synchronized long getBatches() {
        return batches;
    }

    public synchronized long getAcceptedBatches() {
        return acceptedBatches;
    }

    /** Recipients the providers accepted in this run (not those an earlier run had sent). */
    public synchronized long getAcceptedRecipients() {
        return acceptedRecipients;
    }

    /** Accepted recipients per provider ({@code iletimerkezi}, {@code mobildev}, ...): a failed-over batch counts at the one that took it. */
    public synchronized Map<String, Long> getAcceptedRecipientsByProvider() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(acceptedRecipientsByProvider));
    }

    /** Batches an earlier reading of the same source had sent: reported, not sent again. */
    public synchronized long getAlreadySentBatches() {
        return alreadySentBatches;
    }

    /** Batches whose outcome is unknown or partial: parked for reconciliation, never resent blindly. */
    public synchronized long getParkedBatches() {
        return parkedBatches;
    }

    public synchronized long getDeadLetteredBatches() {
        return deadLetteredBatches;
    }

    /** Batches handed to an asynchronous entry (a queue): their outcome is the send route's. */
    public synchronized long getSubmittedBatches() {
        return submittedBatches;
    }

    /** Batches that failed with an error: certainly not sent by any provider (their attempt says NOT_SENT). */
    public synchronized long getFailedBatches() {
        return failedBatches;
    }

    /** The first failures, each with its batch's key. */
    public synchronized List<String> getFailures() {
        return List.copyOf(failures);
    }

    /** The first batches a provider accepted only in part, as the provider's component reported them. */
    public synchronized List<ProviderPartiallySentException> getPartiallySent() {
        return List.copyOf(partiallySent);
    }

    public synchronized BulkLines getLines() {
        return lines;
    }

    @Override
    public synchronized String toString() {
        return "bulk send: " + lines.getLines() + " lines, " + lines.getRecipients() + " recipients in " + batches
               + " batches (" + lines.getRejected() + " lines left out" + (lines.getRejected() > 0
                       ? ", first " + lines.getRejections() : "") + "); accepted " + acceptedBatches + " batches, "
               + acceptedRecipients + " recipients " + acceptedRecipientsByProvider + "; already sent "
               + alreadySentBatches + ", parked " + parkedBatches + " (partly sent " + partiallySent.size()
               + "), dead-lettered " + deadLetteredBatches + ", submitted " + submittedBatches + ", failed "
               + failedBatches + (failures.isEmpty() ? "" : " " + failures);
    }
}
