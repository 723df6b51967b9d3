package org.p2poolj.web.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The one Jackson mapper of the web layer. A non-finite double becomes {@code null}: the reference
 * answers with Python floats, but {@code NaN} is not JSON and breaks every client parser.
 */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(finiteDoubles());

  private Json() {}

  private static SimpleModule finiteDoubles() {
    StdSerializer<Double> ser =
        new StdSerializer<>(Double.class) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            if (value == null || !Double.isFinite(value)) {
              gen.writeNull();
            } else {
              gen.writeNumber(value);
            }
          }
        };
    SimpleModule m = new SimpleModule("finite-doubles");
    m.addSerializer(Double.class, ser);
    m.addSerializer(Double.TYPE, ser);
    return m;
  }

  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getName(), e);
    }
  }

  public static String string(Object value) {
    return new String(bytes(value), StandardCharsets.UTF_8);
  }
}
