-- The delivery pipeline's tables on PostgreSQL (kopru.store = postgresql). Applied by Flyway at start, with its own
-- history table (kopru_routes_schema_history), so it can share a database and schema with other Flyway users.

-- A message being followed: tracked (the provider's id) or parked (outcome unknown, to reconcile). The polling node
-- claims a row for a lease (claimed_by, claim_until); a claim whose lease ran out is anyone's again.
CREATE TABLE kopru_pending_delivery (
    provider        VARCHAR(40)  NOT NULL,
    message_id      VARCHAR(100) NOT NULL,
    state           VARCHAR(10)  NOT NULL,
    since           TIMESTAMPTZ  NOT NULL,
    last_polled_at  TIMESTAMPTZ,
    next_poll_at    TIMESTAMPTZ  NOT NULL,
    claimed_by      VARCHAR(100),
    claim_until     TIMESTAMPTZ,
    delivery        TEXT         NOT NULL,
    PRIMARY KEY (provider, message_id)
);
CREATE INDEX kopru_pending_delivery_due ON kopru_pending_delivery (next_poll_at);

-- Every status change, written in the transaction that records it, published from here (at least once, under its
-- report id, which is the same every time it is published).
CREATE TABLE kopru_report_outbox (
    report_id     VARCHAR(300) PRIMARY KEY,
    seq           BIGSERIAL    NOT NULL,
    report        TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    claimed_by    VARCHAR(100),
    claim_until   TIMESTAMPTZ,
    published_at  TIMESTAMPTZ
);
CREATE INDEX kopru_report_outbox_unpublished ON kopru_report_outbox (seq) WHERE published_at IS NULL;

-- One row per message key, committed before a send leaves: which provider was asked, a hash of recipients and text,
-- and what became of it.
CREATE TABLE kopru_send_attempt (
    message_key   VARCHAR(300) PRIMARY KEY,
    provider      VARCHAR(40)  NOT NULL,
    content_hash  VARCHAR(64)  NOT NULL,
    state         VARCHAR(10)  NOT NULL,
    message_ids   TEXT,
    node          VARCHAR(100),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
