package dev.docket.jupyter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The protocol's message signature: an HMAC of header, parent header, metadata and content, in
 * hex. With an empty key Jupyter signs nothing and checks nothing.
 */
final class Signer {
  private final SecretKeySpec key;
  private final String algorithm;

  Signer(String key, String scheme) {
    if (!key.isEmpty() && !scheme.startsWith("hmac-")) {
      throw new IllegalArgumentException("unknown signature scheme '" + scheme
          + "': the kernel knows hmac-sha256 (Jupyter's default) and the other hmac-* schemes");
    }
    // hmac-sha256 -> HmacSHA256, the JDK's name
    this.algorithm = "Hmac" + scheme.substring(scheme.indexOf('-') + 1).toUpperCase(java.util.Locale.ROOT);
    this.key = key.isEmpty() ? null : new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm);
  }

  /** The hex signature of {@code parts}; empty without a key. */
  String sign(List<byte[]> parts) {
    if (key == null) {
      return "";
    }
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(key);
      for (byte[] part : parts) {
        mac.update(part);
      }
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot compute " + algorithm, e);
    }
  }

  /** Whether {@code signature} signs {@code parts}; compared in constant time. */
  boolean verify(String signature, List<byte[]> parts) {
    return MessageDigest.isEqual(
        sign(parts).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
  }
}
