package io.github.taskrouter4j.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class SignaturePropertyTest {

  @Property(tries = 200, seed = "20260301")
  void computedSignature_isValid_andAnyChangedValueIsNot(
      @ForAll @Size(min = 1, max = 8)
          Map<@AlphaChars @StringLength(min = 1, max = 12) String, @NotEmpty String> params,
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String path) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    params.forEach((k, v) -> form.put(k, List.of(v)));
    String url = "https://example.com/" + path;
    String signature = TwilioSignature.compute("token", url, form);
    SignatureValidator validator = SignatureValidator.of("token");

    assertThat(validator.isValid(url, form, signature)).isTrue();

    String key = form.keySet().iterator().next();
    Map<String, List<String>> changed = new LinkedHashMap<>(form);
    changed.put(key, List.of(form.get(key).get(0) + "x"));
    assertThat(validator.isValid(url, changed, signature)).isFalse();
    assertThat(validator.isValid(url + "x", form, signature)).isFalse();
  }
}
