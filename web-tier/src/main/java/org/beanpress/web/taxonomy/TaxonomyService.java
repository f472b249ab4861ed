package org.beanpress.web.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.beanpress.core.taxonomy.PostTerms;
import org.beanpress.core.taxonomy.Term;
import org.beanpress.core.taxonomy.TermKind;
import org.beanpress.core.taxonomy.TermRepository;
import org.beanpress.web.post.SlugGenerator;
import org.beanpress.web.system.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Categories (created ahead, one level of parents) and tags (created on the fly from
 * their names), and which of them a post has.
 */
@Service
public class TaxonomyService {

	/** How many categories or tags the lists show (and the editor offers). */
	static final int LIST_LIMIT = 1000;

	private final TermRepository terms;

	TaxonomyService(TermRepository terms) {
		this.terms = terms;
	}

	/**
	 * The categories a post names, or the default one when it names none. An unknown slug
	 * is a 400 naming it, raised before anything is stored.
	 */
	public List<Term> categories(List<String> slugs) {
		var wanted = nonBlank(slugs).distinct().toList();
		if (wanted.isEmpty()) {
			wanted = List.of(Term.DEFAULT_CATEGORY);
		}
		var found = terms.findBySlugs(TermKind.CATEGORY, wanted);
		var known = found.stream().map(Term::slug).toList();
		var unknown = wanted.stream().filter(slug -> !known.contains(slug)).toList();
		if (!unknown.isEmpty()) {
			throw ProblemException.badRequest("Unknown categor" + (unknown.size() == 1 ? "y" : "ies") + ": "
					+ String.join(", ", unknown) + " (GET /api/categories lists them; POST creates one)");
		}
		return found;
	}

	/**
	 * Gives a post these categories and the tags of these names, creating tags that do
	 * not exist yet. Names with one slug are one tag ("Café" and "cafe" are both
	 * {@code cafe}; the first spelling names it). Runs in the caller's transaction.
	 */
	public void assign(long postId, List<Term> categories, List<String> tagNames) {
		terms.assign(postId, Stream.concat(categories.stream(), tags(tagNames).stream()).toList());
	}

	private List<Term> tags(List<String> names) {
		// sorted by slug: two posts creating the same new tags lock them in one order,
		// so they wait for each other instead of deadlocking
		var nameBySlug = new TreeMap<String, String>();
		nonBlank(names).forEach(name -> {
			var slug = SlugGenerator.canonical(name);
			if (slug.isEmpty()) {
				throw ProblemException.badRequest("The tag '" + name + "' has no letters or digits to make a slug of");
			}
			nameBySlug.putIfAbsent(slug, name);
		});
		if (nameBySlug.isEmpty()) {
			return List.of();
		}
		var existing = terms.findBySlugs(TermKind.TAG, nameBySlug.keySet())
			.stream()
			.collect(Collectors.toMap(Term::slug, Function.identity()));
		var tags = new ArrayList<Term>();
		nameBySlug
			.forEach((slug, name) -> tags.add(existing.containsKey(slug) ? existing.get(slug) : newTag(slug, name)));
		return tags;
	}

	private Term newTag(String slug, String name) {
		try {
			return terms.insert(TermKind.TAG, slug, name, null);
		}
		catch (DuplicateKeyException race) {
			// someone created it meanwhile (the insert waited for their commit): use
			// theirs
			return terms.findBySlugLocked(TermKind.TAG, slug).orElseThrow(() -> race);
		}
	}

	/**
	 * A new category under a unique slug (from the name unless given), optionally under a
	 * top-level parent.
	 */
	Term createCategory(CategoryRequest request) {
		var slug = SlugGenerator
			.canonical(request.slug() == null || request.slug().isBlank() ? request.name() : request.slug());
		if (slug.isEmpty()) {
			throw ProblemException.badRequest("The category's name or slug needs letters or digits");
		}
		Long parentId = null;
		if (request.parent() != null && !request.parent().isBlank()) {
			var parent = terms.findBySlug(TermKind.CATEGORY, request.parent().strip())
				.orElseThrow(() -> ProblemException
					.badRequest("Unknown parent category '" + request.parent().strip() + "'"));
			if (parent.parentId() != null) {
				throw ProblemException.badRequest("The category '" + parent.slug()
						+ "' is a subcategory itself and cannot be a parent: categories nest one level deep");
			}
			parentId = parent.id();
		}
		try {
			return terms.insert(TermKind.CATEGORY, slug, request.name().strip(), parentId);
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.conflict("A category with the slug '" + slug + "' exists already");
		}
	}

	/** All categories by name, each subcategory right after its parent. */
	public List<Term> categoryTree() {
		var all = terms.findAll(TermKind.CATEGORY, LIST_LIMIT);
		var children = all.stream()
			.filter(term -> term.parentId() != null)
			.collect(Collectors.groupingBy(Term::parentId));
		var tree = new ArrayList<Term>();
		for (var top : all.stream().filter(term -> term.parentId() == null).toList()) {
			tree.add(top);
			tree.addAll(children.getOrDefault(top.id(), List.of()));
		}
		return tree;
	}

	List<Term> tags() {
		return terms.findAll(TermKind.TAG, LIST_LIMIT);
	}

	public PostTerms termsOf(long postId) {
		return terms.findPostTerms(postId);
	}

	/** The terms of several posts with one query, for lists. */
	public Map<Long, PostTerms> termsOf(Collection<Long> postIds) {
		return terms.findByPosts(postIds)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> PostTerms.of(entry.getValue())));
	}

	private static Stream<String> nonBlank(List<String> values) {
		return values == null ? Stream.empty()
				: values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip);
	}

}
