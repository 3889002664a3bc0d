package dev.encore.server.http;

import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;

/** Query-parameter parsing with problem-detail errors that name the parameter and the allowed range. */
public final class Queries {
    private Queries() {}

    public static int intParam(Context ctx, String name, int def, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return def;
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("query parameter " + name + "='" + v + "' must be an integer from " + min + " to " + max,
                    List.of(FieldError.of(name, "must be an integer from " + min + " to " + max)));
        }
    }

    public static boolean boolParam(Context ctx, String name, boolean def) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return def;
        if (v.equalsIgnoreCase("true") || v.equals("1")) return true;
        if (v.equalsIgnoreCase("false") || v.equals("0")) return false;
        throw ApiProblem.invalid("query parameter " + name + "='" + v + "' must be true or false",
                List.of(FieldError.of(name, "must be true or false")));
    }

    /** All values of a repeatable, comma-separated parameter ({@code exclude=a,b&exclude=c}). */
    public static List<String> listParam(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name))
            for (String part : v.split(",")) if (!part.isBlank()) out.add(part.trim());
        return out;
    }
}
