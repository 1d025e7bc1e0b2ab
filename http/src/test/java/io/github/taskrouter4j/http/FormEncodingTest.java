package io.github.taskrouter4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;

class FormEncodingTest {

  @Property
  void encode_decodesBackToSameParametersInOrder(
      @ForAll @NotEmpty String name, @ForAll @Size(max = 4) List<String> values) {
    ApiRequest request = ApiRequest.post("/x").withForm(name, values).withForm("Last", "end");
    String encoded = Urls.encode(request.form());

    List<Map.Entry<String, String>> decoded = new ArrayList<>();
    for (String pair : encoded.split("&")) {
      String[] parts = pair.split("=", -1);
      assertThat(parts).hasSize(2);
      decoded.add(
          Map.entry(
              URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
              URLDecoder.decode(parts[1], StandardCharsets.UTF_8)));
    }
    List<Map.Entry<String, String>> expected = new ArrayList<>();
    values.forEach(v -> expected.add(Map.entry(name, v)));
    expected.add(Map.entry("Last", "end"));
    assertThat(decoded).isEqualTo(expected);
  }

  @Property
  void encode_onlyUnreservedCharactersLeftBare(@ForAll String value) {
    String encoded = Urls.encode(Map.of("K", List.of(value)));

    assertThat(encoded.substring(2)).matches("[A-Za-z0-9.\\-*_+%]*");
  }
}
