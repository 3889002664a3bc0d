package dev.encore.server.catalog;

import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque page cursors: the last id of a page, base64url-encoded so clients pass it back untouched rather than
 * building their own. Shared by the catalog and social listings.
 */
public final class Cursors {
    private Cursors() {}

    public static String encode(String lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.getBytes(StandardCharsets.UTF_8));
    }

    /** The id a cursor stands for; null for a null or blank cursor (the first page). */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) return null;
        try {
            return new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("query parameter cursor='" + cursor + "' is not a cursor this server issued; "
                    + "pass the 'next' value of the previous page unchanged, or leave it out for the first page",
                    List.of(FieldError.of("cursor", "not a cursor from a previous page")));
        }
    }
}
