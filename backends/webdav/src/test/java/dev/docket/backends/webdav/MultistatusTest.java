package dev.docket.backends.webdav;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.Target;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MultistatusTest {
  private static List<Multistatus.Resource> parse(String xml) throws IOException {
    return Multistatus.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, Multistatus.Resource> byName(List<Multistatus.Resource> found) {
    return found.stream().collect(Collectors.toMap(Multistatus.Resource::name, Function.identity()));
  }

  /** Recorded from Apache 2.4's mod_dav: a Depth 1 PROPFIND of a directory with odd names. */
  @Test
  void apachesListingOfOddNamesIsDecoded() throws IOException {
    List<Multistatus.Resource> found;
    try (InputStream body = getClass().getResourceAsStream("apache-odd-names.xml")) {
      found = Multistatus.parse(body);
    }
    Map<String, Multistatus.Resource> byName = byName(found);
    assertThat(byName.keySet()).containsExactly("odd", "with space.txt", "grüße ✓.root",
        "100%+plus&amp.txt", "hash#and?query.txt", "sub dir");
    assertThat(byName.get("odd").path()).isEqualTo("/dav/odd/");
    assertThat(byName.get("odd").collection()).isTrue();
    assertThat(byName.get("sub dir").collection()).isTrue();
    Multistatus.Resource file = byName.get("grüße ✓.root");
    assertThat(file.path()).isEqualTo("/dav/odd/grüße ✓.root");
    assertThat(file.collection()).isFalse();
    assertThat(file.size()).isEqualTo(3);
    assertThat(file.lastModified())
        .isEqualTo(Instant.parse("2026-12-01T14:13:21Z").toEpochMilli());
  }

  /** In the style of other servers: whole URLs as hrefs, other prefixes, a failed response. */
  @Test
  void wholeUrlHrefsOtherPrefixesAndFailedPropstatsAreRead() throws IOException {
    List<Multistatus.Resource> found = parse("""
        <?xml version="1.0" encoding="UTF-8"?>
        <ns1:multistatus xmlns:ns1="DAV:" xmlns:x="urn:other">
         <ns1:response>
          <ns1:href>https://door.example.org:2880/pnfs/data/f%C3%BCr%20alle.root</ns1:href>
          <ns1:propstat><ns1:status>HTTP/1.1 404 Not Found</ns1:status>
           <ns1:prop><ns1:getcontentlength>99</ns1:getcontentlength></ns1:prop></ns1:propstat>
          <ns1:propstat>
           <ns1:prop><ns1:resourcetype/><ns1:getcontentlength> 1048576 </ns1:getcontentlength>
            <x:getlastmodified>not the DAV one</x:getlastmodified></ns1:prop>
           <ns1:status>HTTP/1.1 200 OK</ns1:status></ns1:propstat>
         </ns1:response>
         <ns1:response>
          <ns1:href>/pnfs/data/gone.root</ns1:href>
          <ns1:status>HTTP/1.1 404 Not Found</ns1:status>
         </ns1:response>
         <ns1:response>
          <ns1:href>/pnfs/data/d</ns1:href>
          <ns1:propstat><ns1:prop><ns1:resourcetype><ns1:collection/></ns1:resourcetype>
           <ns1:getlastmodified>Mon, 30 Nov 2026 08:00:00 GMT</ns1:getlastmodified>
          </ns1:prop></ns1:propstat>
         </ns1:response>
        </ns1:multistatus>
        """);
    assertThat(found).containsExactly(
        new Multistatus.Resource("/pnfs/data/für alle.root", false, 1_048_576, Target.UNKNOWN_TIME),
        new Multistatus.Resource("/pnfs/data/d", true, 0,
            Instant.parse("2026-11-30T08:00:00Z").toEpochMilli()));
  }

  @Test
  void datesInEveryFormOfRfc1123AreRead() {
    for (String date : List.of("Sun, 06 Nov 1994 08:49:37 GMT", "Thu, 29 Feb 2024 23:59:59 GMT",
        "Sat, 1 Jan 2000 00:00:00 GMT", "Mon, 30 Nov 2026 08:00:00 +0100")) {
      assertThat(Multistatus.time(" " + date + "\n")).isEqualTo(ZonedDateTime.parse(date,
          DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli());
    }
    assertThat(Multistatus.time("Sun, 06 Xyz 1994 08:49:37 GMT")).isEqualTo(Target.UNKNOWN_TIME);
    assertThat(Multistatus.time("yesterday")).isEqualTo(Target.UNKNOWN_TIME);
  }

  @Test
  void aPlusStaysAPlusAndABrokenEscapeIsKept() {
    assertThat(Multistatus.percentDecode("/a+b%2Bc%zz%4")).isEqualTo("/a+b+c%zz%4");
  }

  @Test
  void anEntityDeclarationIsRefusedSoNoLocalFileIsRead() {
    IOException e = assertThrows(IOException.class, () -> parse("""
        <?xml version="1.0"?>
        <!DOCTYPE m [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <D:multistatus xmlns:D="DAV:"><D:response><D:href>/&secret;</D:href>
        <D:propstat><D:prop/></D:propstat></D:response></D:multistatus>
        """));
    assertThat(e).hasMessageThat().contains("not valid XML");
  }

  @Test
  void anAnswerThatIsNoMultistatusIsRefused() {
    IOException e = assertThrows(IOException.class,
        () -> parse("<html><body>login here</body></html>"));
    assertThat(e).hasMessageThat().contains("not a DAV:multistatus");
  }
}
