package dev.encore.products.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A listener's home: asks every registered {@link HomeShelf} source and returns their shelves by position (then
 * id). A source that fails does not take the home down: its id and error are reported beside the shelves.
 * Sources may be added while serving (thread-safe).
 */
public final class Home {
    private final List<HomeShelf> sources = new CopyOnWriteArrayList<>();

    /** The shelves that were built, and the sources that failed with their error message. */
    public record Result(List<Shelf> shelves, Map<String, String> unavailable) {}

    public Home(List<? extends HomeShelf> initial) {
        for (HomeShelf s : initial) add(s);
    }

    /** Registers another shelf source; throws when a source with the same id is already there. */
    public synchronized Home add(HomeShelf source) {
        for (HomeShelf s : sources)
            if (s.id().equals(source.id())) throw new IllegalArgumentException("home already has a shelf '" + source.id() + "'; give the new source another id");
        sources.add(source);
        return this;
    }

    public List<String> shelfIds() {
        return sorted().stream().map(HomeShelf::id).toList();
    }

    public Result build(HomeRequest request) {
        List<Shelf> shelves = new ArrayList<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        for (HomeShelf s : sorted()) {
            try {
                Optional<Shelf> shelf = s.build(request);
                shelf.ifPresent(shelves::add);
            } catch (RuntimeException e) {
                unavailable.put(s.id(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        return new Result(shelves, unavailable);
    }

    private List<HomeShelf> sorted() {
        List<HomeShelf> out = new ArrayList<>(sources);
        out.sort(Comparator.comparingInt(HomeShelf::position).thenComparing(HomeShelf::id));
        return out;
    }
}
