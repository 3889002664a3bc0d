package dev.encore.server.ui;

import java.util.List;

/** Sign in: paste a token; in demo mode also pick a sample listener. */
final class SignInPage {
    private SignInPage() {}

    /** {@code samples} is null outside demo mode; {@code error} (nullable) is shown above the form. */
    static String render(List<String> samples, String error) {
        StringBuilder demo = new StringBuilder();
        if (samples != null) {
            demo.append("<section class=\"panel\" aria-labelledby=\"demo-title\"><h2 id=\"demo-title\">Try a sample listener</h2><ul class=\"samples\">");
            for (String u : samples) {
                demo.append("""
                        <li><form method="post" action="/ui/demo/signin"><input type="hidden" name="user" value="%s">
                        <button type="submit" class="sample" style="background:%s">Listen as %s</button></form></li>"""
                        .formatted(Html.esc(u), Covers.gradient(List.of(), List.of(u)), Html.esc(u)));
            }
            if (samples.isEmpty()) demo.append("<li class=\"empty\">No model is served yet, so there are no sample listeners.</li>");
            demo.append("</ul></section>");
        }
        String err = error == null ? "" : "<p class=\"notice\" role=\"alert\" id=\"signin-error\">" + Html.esc(error) + "</p>";
        return Layout.page("Sign in", null, """
                <section class="signin">
                <h1>Music that knows you</h1>
                <p class="lede">Sign in to see your shelves, play tracks and find out why each one was picked.</p>
                %s
                <form class="panel" method="post" action="/ui/signin">
                  <label for="token">API token</label>
                  <input id="token" name="token" type="password" autocomplete="off" required placeholder="enc_…"
                         aria-describedby="token-help">
                  <p id="token-help" class="help">Create one with <code>encore token create --role listener --user ID --data DIR</code>.</p>
                  <button type="submit">Sign in</button>
                </form>
                %s
                </section>""".formatted(err, demo));
    }
}
