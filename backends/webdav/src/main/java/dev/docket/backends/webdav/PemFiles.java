package dev.docket.backends.webdav;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certificates and keys in PEM, as grid tools write them: a CA directory's {@code *.pem} and
 * {@code <hash>.0} files, and an X.509 proxy file (its certificate, its key, then the chain above
 * it). Keys are unencrypted PKCS#8 ({@code PRIVATE KEY}) or PKCS#1 RSA ({@code RSA PRIVATE KEY},
 * what {@code voms-proxy-init} writes).
 */
final class PemFiles {
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

  /** An X.509 credential: the certificate first, then the ones that signed it. */
  record Credential(PrivateKey key, List<X509Certificate> chain) {}

  private PemFiles() {}

  /** Every certificate in {@code file}, in order; none when it holds no certificate block. */
  static List<X509Certificate> certificates(Path file) throws IOException {
    List<X509Certificate> certificates = new ArrayList<>();
    for (Block block : blocks(Files.readString(file, StandardCharsets.US_ASCII))) {
      if (block.type().equals("CERTIFICATE")) {
        certificates.add(certificate(block.der(), file));
      }
    }
    return certificates;
  }

  /** The certificate chain and key of a proxy (or certificate-and-key) file. */
  static Credential credential(Path file) throws IOException {
    List<X509Certificate> chain = new ArrayList<>();
    PrivateKey key = null;
    for (Block block : blocks(Files.readString(file, StandardCharsets.US_ASCII))) {
      switch (block.type()) {
        case "CERTIFICATE" -> chain.add(certificate(block.der(), file));
        case "PRIVATE KEY" -> key = rsaOrEc(block.der(), file);
        case "RSA PRIVATE KEY" -> key = rsaOrEc(pkcs8OfPkcs1(block.der()), file);
        case "ENCRYPTED PRIVATE KEY" -> throw new IOException(
            file + " holds an encrypted key; a proxy's key is not encrypted: make one with"
                + " voms-proxy-init or grid-proxy-init");
        default -> { } // e.g. a CRL or parameters: not part of a credential
      }
    }
    if (chain.isEmpty() || key == null) {
      throw new IOException(file + " is not an X.509 proxy: it needs a certificate and its"
          + " unencrypted private key in PEM (" + (chain.isEmpty() ? "no certificate" : "no key")
          + " found)");
    }
    return new Credential(key, List.copyOf(chain));
  }

  private record Block(String type, byte[] der) {}

  private static List<Block> blocks(String text) throws IOException {
    List<Block> blocks = new ArrayList<>();
    Matcher matcher = BLOCK.matcher(text);
    while (matcher.find()) {
      String body = matcher.group(2);
      if (body.contains(":")) { // "Proc-Type: 4,ENCRYPTED": an OpenSSL-encrypted legacy key
        throw new IOException("an encrypted " + matcher.group(1) + " is not supported");
      }
      try {
        blocks.add(new Block(matcher.group(1), Base64.getMimeDecoder().decode(body)));
      } catch (IllegalArgumentException e) {
        throw new IOException("a " + matcher.group(1) + " block is not valid base64", e);
      }
    }
    return blocks;
  }

  private static X509Certificate certificate(byte[] der, Path file) throws IOException {
    try {
      return (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der));
    } catch (GeneralSecurityException e) {
      throw new IOException(file + " holds a certificate that cannot be read: " + e.getMessage(), e);
    }
  }

  private static PrivateKey rsaOrEc(byte[] pkcs8, Path file) throws IOException {
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(pkcs8);
    for (String algorithm : List.of("RSA", "EC")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(spec);
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw new IOException(file + " holds a private key that is neither RSA nor EC");
  }

  /**
   * Wraps a PKCS#1 RSAPrivateKey in a PKCS#8 PrivateKeyInfo (version 0, algorithm rsaEncryption,
   * the key as an OCTET STRING), which is what the JDK's key factory reads.
   */
  static byte[] pkcs8OfPkcs1(byte[] pkcs1) {
    byte[] version = {0x02, 0x01, 0x00};
    byte[] algorithm = {
      0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01,
      0x01, 0x05, 0x00
    };
    byte[] key = der(0x04, pkcs1);
    byte[] body = new byte[version.length + algorithm.length + key.length];
    System.arraycopy(version, 0, body, 0, version.length);
    System.arraycopy(algorithm, 0, body, version.length, algorithm.length);
    System.arraycopy(key, 0, body, version.length + algorithm.length, key.length);
    return der(0x30, body);
  }

  /** One DER element: tag, definite length, content. */
  private static byte[] der(int tag, byte[] content) {
    int length = content.length;
    int lengthBytes = length < 0x80 ? 0 : (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
    byte[] out = new byte[2 + lengthBytes + length];
    out[0] = (byte) tag;
    if (lengthBytes == 0) {
      out[1] = (byte) length;
    } else {
      out[1] = (byte) (0x80 | lengthBytes);
      for (int i = 0; i < lengthBytes; i++) {
        out[2 + i] = (byte) (length >>> (8 * (lengthBytes - 1 - i)));
      }
    }
    System.arraycopy(content, 0, out, 2 + lengthBytes, length);
    return out;
  }
}
