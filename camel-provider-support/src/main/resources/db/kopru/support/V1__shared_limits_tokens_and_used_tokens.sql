-- The tables camel-provider-support keeps for a cluster (KopruSupportSchema runs this, with its own history table).

-- PostgresTokenStore: the token of each account. The same table and columns as JdbcTokenStore's default, so a
-- database where a JdbcTokenStore created it keeps its tokens.
CREATE TABLE IF NOT EXISTS kopru_token (
    token_key  VARCHAR(200) PRIMARY KEY,
    token_json TEXT         NOT NULL,
    updated_at TIMESTAMP    NOT NULL
);

-- PostgresRateLimiter: the slots of each account's client-side rate limit. A slot may be taken once free_at has
-- passed; taking it sets free_at to the end of its lease (holder names the request), returning it to a period later.
CREATE TABLE kopru_rate_limit_slot (
    limiter_key VARCHAR(200) NOT NULL,
    slot        INTEGER      NOT NULL,
    free_at     TIMESTAMPTZ  NOT NULL,
    holder      VARCHAR(64),
    PRIMARY KEY (limiter_key, slot)
);

-- PostgresUsedTokens: the single-use tokens handed out, by SHA-256 digest; the key lets one node only record each.
CREATE TABLE kopru_used_token (
    digest  CHAR(64)    PRIMARY KEY,
    used_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX kopru_used_token_used_at ON kopru_used_token (used_at);
