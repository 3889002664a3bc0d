package dev.encore.server.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.products.prompt.PromptEngine;
import dev.encore.products.prompt.PromptPlaylist;
import dev.encore.products.prompt.PromptTrack;
import dev.encore.server.auth.Principal;
import dev.encore.server.ui.Html;
import dev.encore.server.ui.Layout;

/** HTML of the prompt page: the shared shell ({@link Layout}), the form and the result. */
final class PromptViews {
    static final String CSS = """
            .prompt-form textarea { width:100%; min-height:4.5rem; padding:.6rem .8rem; border-radius:8px; border:1px solid var(--line); background:#0c0c10; color:var(--text); font:inherit; }
            .prompt-form .inline { margin-top:.5rem; }
            .examples { color:var(--muted); font-size:.85rem; }
            .chips { list-style:none; padding:0; margin:.5rem 0 1rem; display:flex; flex-wrap:wrap; gap:.4rem; }
            .chip { background:#0c0c10; border:1px solid var(--line); border-radius:999px; padding:.15rem .7rem; font-size:.85rem; }
            .prompt-tracks { padding-left:1.6rem; }
            .prompt-tracks li { margin:.35rem 0; }
            .prompt-tracks .reason { display:block; color:var(--muted); font-size:.8rem; }
            .path { color:var(--muted); font-size:.8rem; }
            """;
    private static final String EXAMPLES = "chill indie for a rainy Sunday, nothing explicit, 2 hours · upbeat 90s rock, no Coldplay, 45 minutes · "
            + "artist:(Daft Punk):2 #house mode:hard · 20 songs of calm piano for sleep";

    private PromptViews() {}

    static String page(Principal who, String user, String prompt, String result) {
        String form = user == null ? "" : """
                <form class="prompt-form panel" method="post" action="/ui/prompt" hx-post="/ui/prompt" hx-target="#prompt-result" hx-swap="outerHTML"
                      hx-disabled-elt="find button">
                  <input type="hidden" name="user" value="%s">
                  <label for="prompt">Describe your playlist</label>
                  <textarea id="prompt" name="prompt" required maxlength="1000" placeholder="chill indie for a rainy Sunday, nothing explicit, 2 hours">%s</textarea>
                  <div class="inline"><button type="submit">Make playlist</button></div>
                  <p class="examples">Try: %s. Power users: artist:(Name), tag:(rock):3, #jazz, stats:user, recs:user, mode:easy|medium|hard.</p>
                </form>""".formatted(Html.esc(user), Html.esc(prompt), Html.esc(EXAMPLES));
        String body = """
                <div class="hero"><div><p class="kind">Prompt</p><h1>Say what you want to hear</h1>
                <p class="lede">Playlists from your words, grounded in the catalog and your taste. Refine them with follow-ups.</p></div></div>
                %s
                %s""".formatted(form, result.isEmpty() ? "<section id=\"prompt-result\"></section>" : result);
        return Layout.page("Prompt", who, body, "<link rel=\"stylesheet\" href=\"/ui/static/prompt.css\">");
    }

    static String result(String user, PromptEngine.Turn t, ObjectMapper json) {
        PromptPlaylist p = t.playlist();
        StringBuilder chips = new StringBuilder();
        for (String c : p.chips()) chips.append("<li class=\"chip\">").append(Html.esc(c)).append("</li>");
        StringBuilder tracks = new StringBuilder();
        for (PromptTrack tr : p.tracks())
            tracks.append("<li><span class=\"title\">").append(Html.esc(tr.title())).append("</span> <span class=\"artists\">")
                    .append(Html.esc(tr.artistName())).append(tr.year() == 0 ? "" : " · " + tr.year()).append("</span><span class=\"reason\">")
                    .append(Html.esc(tr.reason())).append("</span></li>");
        StringBuilder notes = new StringBuilder();
        for (String n : p.notes()) notes.append("<p class=\"notice\">").append(Html.esc(n)).append("</p>");
        String conversation;
        try {
            conversation = json.writeValueAsString(t.conversation());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversation cannot be written as JSON", e);
        }
        return """
                <section id="prompt-result" aria-live="polite">
                  <h2 id="prompt-title">%s</h2>
                  <p class="lede">%s</p>
                  <h3 class="kind">Understood as</h3>
                  <ul class="chips" aria-label="Interpreted constraints">%s</ul>
                  <p class="path">Interpretation: %s · turn %d</p>
                  %s
                  <ol class="prompt-tracks">%s</ol>
                  <form class="prompt-form panel" method="post" action="/ui/prompt/refine" hx-post="/ui/prompt/refine" hx-target="#prompt-result"
                        hx-swap="outerHTML" hx-disabled-elt="find button">
                    <input type="hidden" name="user" value="%s">
                    <input type="hidden" name="conversation" value="%s">
                    <label for="followUp">Follow up</label>
                    <div class="inline"><input type="text" id="followUp" name="followUp" required maxlength="1000"
                      placeholder="more upbeat · less like the first three · only 90s · no more …"><button type="submit">Refine</button></div>
                  </form>
                </section>""".formatted(Html.esc(p.title()), Html.esc(p.description()), chips, Html.esc(p.path()),
                t.conversation().turns().size(), notes, tracks, Html.esc(user), Html.esc(conversation));
    }

    static String problem(String message) {
        return "<section id=\"prompt-result\" aria-live=\"polite\"><p class=\"notice\" role=\"alert\">" + Html.esc(message) + "</p></section>";
    }
}
