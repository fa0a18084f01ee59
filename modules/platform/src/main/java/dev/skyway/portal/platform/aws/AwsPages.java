package dev.skyway.portal.platform.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.core.pagination.sync.SdkIterable;

/**
 * Following an AWS listing page by page where the SDK has no paginator for it (e.g. Service Catalog's
 * {@code DescribeRecord} with {@code PageToken}/{@code NextPageToken}). Where the SDK has one
 * ({@code client.listAccountsPaginator(...)}), use it instead. The SDK's paginators call AWS while they are iterated,
 * this reads every page before it returns; either way, run the whole listing inside one {@link AwsCall} so that a
 * failure on any page is translated.
 *
 * <p>{@code NextToken}, {@code NextPageToken} and {@code Marker} styles all fit: the {@code next} function returns
 * the token to send for the next page, absent (or empty) on the last one, e.g. {@code r -> r.isTruncated() ?
 * r.marker() : null}.
 */
public final class AwsPages {

    private AwsPages() {
    }

    /**
     * Every page, in order: the first call gets no token, each further call the token the previous page gave.
     *
     * @param call one page for a token (absent for the first page)
     * @param next the next page's token from a page; absent or empty on the last page
     */
    public static <R> List<R> all(Function<@Nullable String, R> call, Function<R, @Nullable String> next) {
        List<R> pages = new ArrayList<>();
        String token = null;
        do {
            R page = call.apply(token);
            pages.add(page);
            token = next.apply(page);
        } while (token != null && !token.isEmpty());
        return pages;
    }

    /** The items of every page, in order (see {@link #all}). */
    public static <R, T> List<T> items(Function<@Nullable String, R> call, Function<R, List<T>> items,
                                       Function<R, @Nullable String> next) {
        return all(call, next).stream().flatMap(page -> items.apply(page).stream()).toList();
    }

    /**
     * The items of every page of an SDK paginator that has no flattened view of its items (Organizations' have
     * none): {@code items(client.listParentsPaginator(r -> r.childId(id)), ListParentsResponse::parents)}. The
     * paginator calls AWS while this iterates it.
     */
    public static <R, T> List<T> items(SdkIterable<R> paginator, Function<R, List<T>> items) {
        return paginator.stream().flatMap(page -> items.apply(page).stream()).toList();
    }
}
