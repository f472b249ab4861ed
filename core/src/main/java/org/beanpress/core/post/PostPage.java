package org.beanpress.core.post;

import java.util.List;
import java.util.Optional;

/**
 * One page of posts and, when there are older ones, the cursor that continues after it.
 */
public record PostPage(List<Post> posts, Optional<PostCursor> next) {
}
