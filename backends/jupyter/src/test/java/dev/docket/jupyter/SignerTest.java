package dev.docket.jupyter;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignerTest {
  // RFC 4231, test case 2: HMAC-SHA256 of "what do ya want for nothing?" with the key "Jefe".
  private static final String RFC_4231_CASE_2 =
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

  @Test
  void signsTheConcatenationOfTheParts() {
    Signer signer = new Signer("Jefe", "hmac-sha256");
    List<byte[]> parts = List.of("what do ya ".getBytes(UTF_8), "want for nothing?".getBytes(UTF_8));

    assertThat(signer.sign(parts)).isEqualTo(RFC_4231_CASE_2);
    assertThat(signer.verify(RFC_4231_CASE_2, parts)).isTrue();
  }

  @Test
  void refusesAnotherSignatureOrOtherParts() {
    Signer signer = new Signer("Jefe", "hmac-sha256");

    assertThat(signer.verify(RFC_4231_CASE_2, List.of("what do ya want for nothing!".getBytes(UTF_8))))
        .isFalse();
    assertThat(signer.verify("", List.of("what do ya want for nothing?".getBytes(UTF_8)))).isFalse();
  }

  @Test
  void withoutAKeyNothingIsSignedOrChecked() {
    Signer signer = new Signer("", "hmac-sha256");

    assertThat(signer.sign(List.of("x".getBytes(UTF_8)))).isEmpty();
    assertThat(signer.verify("", List.of("x".getBytes(UTF_8)))).isTrue();
  }

  @Test
  void anUnknownSchemeIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Signer("k", "rsa-sha256"));

    assertThat(e).hasMessageThat().contains("'rsa-sha256'");
  }
}
