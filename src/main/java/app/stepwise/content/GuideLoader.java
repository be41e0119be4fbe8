package app.stepwise.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Reads the career guide from JSON and refuses content that is malformed or inconsistent. */
public final class GuideLoader {

    public static final String BUNDLED_RESOURCE = "/content/backend-developer.json";

    /** A missing list or map reads as empty (the validator then says what is missing); a null inside one is an error. */
    private static final JsonSetter.Value EMPTY_WHEN_ABSENT = JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.FAIL);

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // whoever opened the stream closes it
            .withConfigOverride(List.class, o -> o.setSetterInfo(EMPTY_WHEN_ABSENT))
            .withConfigOverride(Map.class, o -> o.setSetterInfo(EMPTY_WHEN_ABSENT))
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** Loads the guide that ships with the app. */
    public Guide loadBundled() throws ContentException {
        String source = BUNDLED_RESOURCE.substring(BUNDLED_RESOURCE.lastIndexOf('/') + 1);
        try (InputStream in = GuideLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new ContentException(source, List.of("the file is missing from the application ("
                        + BUNDLED_RESOURCE + " is not on the classpath)"));
            }
            return load(in, source);
        } catch (IOException e) {
            throw new ContentException(source, "the file could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Loads a guide from any stream (tests, future content updates); the stream is not closed.
     *
     * @param source a name for the content, used in error messages
     */
    public Guide load(InputStream in, String source) throws ContentException {
        Guide guide;
        try {
            guide = mapper.readValue(in, Guide.class);
        } catch (JacksonException e) {
            throw new ContentException(source, JsonErrors.describe(e), e);
        } catch (IOException e) {
            throw new ContentException(source, "the file could not be read: " + e.getMessage(), e);
        }
        if (guide == null) {
            throw new ContentException(source, List.of("document: expected an object but found null"));
        }
        List<String> problems = GuideValidator.validate(guide);
        if (!problems.isEmpty()) {
            throw new ContentException(source, problems);
        }
        return guide;
    }
}
