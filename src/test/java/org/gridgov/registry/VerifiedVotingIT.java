package org.gridgov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gridgov.platform.security.Role;
import org.gridgov.support.RawHttp;
import org.gridgov.support.TestDatabase;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A ballot needs a voter credential that the platform issued after the voter proved a phone with a
 * one-time code; a self-made hash is no ballot. The phone is stored only as an HMAC under the
 * server's secret, never as the reversible SHA-256 of the number.
 */
@MicronautTest(transactional = false)
class VerifiedVotingIT {

    @Inject @Client("/") HttpClient http;
    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestDatabase db;
    @Inject CapturedVoterCodes smsGateway;

    RegistryHttp api;
    RawHttp raw;
    String round;
    UUID nomination;

    @BeforeEach
    void aRoundInPublicVoting() {
        api = new RegistryHttp(http.toBlocking(), tokens.issue("reform", Role.REFORM_OFFICE, List.of()));
        raw = new RawHttp(server.getURI());
        round = api.openFreshRound();
        UUID measure = api.newMeasure("核验投票", "370302", true, true);
        nomination = UUID.fromString((String) api.post("/api/v1/registry/rounds/" + round + "/nominations", Map.of(
                "measureId", measure, "nominator", "370302", "nominatorKind", "district", "evidence", "运行一年")).get("id"));
        api.post("/api/v1/registry/rounds/" + round + "/stage", Map.of("stage", "mutual-evaluation"));
        api.post("/api/v1/registry/rounds/" + round + "/stage", Map.of("stage", "public-voting"));
    }

    @Test
    void aSelfMadeHashOrCredentialIsNoBallot() {
        String sha256OfAPhone = HexFormat.of().formatHex(sha256("13912345678"));
        RawHttp.Answer hash = vote("{\"voterHash\":\"" + sha256OfAPhone + "\"}");
        assertThat(hash.status()).isEqualTo(400);
        assertThat(hash.fields()).containsExactly("voterCredential");

        RawHttp.Answer forged = vote("{\"voterCredential\":\"vc_" + "A".repeat(43) + "\"}");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.fields()).containsExactly("voterCredential");
        assertThat(ballots()).isZero();
    }

    @Test
    void aVerifiedPhoneVotesOnceEvenWithASecondCredentialAndIsKeptOnlyAsAKeyedHash() {
        String phone = freshPhone();
        String first = api.voterCredential(phone, smsGateway);
        assertThat(vote("{\"voterCredential\":\"" + first + "\"}").status()).isEqualTo(201);

        db.update("UPDATE registry.voter_code SET sent_at = sent_at - interval '2 minutes'");
        String second = api.voterCredential(phone, smsGateway);
        assertThat(second).isNotEqualTo(first);
        assertThat(vote("{\"voterCredential\":\"" + second + "\"}").status()).isEqualTo(409);

        String stored = db.one("SELECT voter_key FROM registry.vote WHERE nomination_id = ?", row -> row.getString(1), nomination)
                .orElseThrow();
        assertThat(stored).isNotEqualTo(HexFormat.of().formatHex(sha256(phone)));
        assertThat(stored).isEqualTo(hmac("voter-secret-of-the-test-suite-0123456789", "voter:" + phone));
        assertThat(ballots()).isEqualTo(1);
    }

    @Test
    void fiveWrongCodesUseUpTheCodeAndANewCodeWaitsAMinute() {
        String phone = freshPhone();
        assertThat(raw.json("POST", "/api/v1/registry/voters/codes", null, "{\"phone\":\"" + phone + "\"}").status()).isEqualTo(202);
        String right = smsGateway.lastCodeSentTo(phone);
        String wrong = right.equals("000000") ? "000001" : "000000";
        for (int attempt = 0; attempt < 5; attempt++) {
            RawHttp.Answer refused = verify(phone, wrong);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.fields()).containsExactly("code");
        }
        RawHttp.Answer burnt = verify(phone, right);
        assertThat(burnt.status()).isEqualTo(422);
        assertThat(burnt.body()).contains("too many");

        RawHttp.Answer tooSoon = raw.json("POST", "/api/v1/registry/voters/codes", null, "{\"phone\":\"" + phone + "\"}");
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.fields()).containsExactly("phone");
    }

    @Test
    void aPhoneThatIsNotAMobileNumberGetsNoCode() {
        for (String phone : List.of("12345", "+1 555 0100", "1380013800a", "")) {
            RawHttp.Answer refused = raw.json("POST", "/api/v1/registry/voters/codes", null, "{\"phone\":\"" + phone + "\"}");
            assertThat(refused.status()).as(phone).isEqualTo(400);
            assertThat(refused.fields()).containsExactly("phone");
        }
    }

    private RawHttp.Answer vote(String body) {
        return raw.json("POST", "/api/v1/registry/rounds/" + round + "/nominations/" + nomination + "/votes", null, body);
    }

    private RawHttp.Answer verify(String phone, String code) {
        return raw.json("POST", "/api/v1/registry/voters/verify", null, "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}");
    }

    private long ballots() {
        return db.one("SELECT count(*) FROM registry.vote WHERE nomination_id = ?", row -> row.getLong(1), nomination).orElseThrow();
    }

    private static String freshPhone() {
        return "159" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
