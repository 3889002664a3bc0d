package dev.encore.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One problem inside a request: {@code index} is the position in a batch (null for a single object). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(Integer index, String field, String message) {
    public static FieldError at(int index, String field, String message) {
        return new FieldError(index, field, message);
    }

    public static FieldError of(String field, String message) {
        return new FieldError(null, field, message);
    }
}
