/**
 * Scale-out for newsfacet: exports a {@link dev.newsfacet.NewsIndex} to an OpenSearch index whose
 * analysis and fields mirror newsfacet's ({@link OpenSearchExporter}), and runs newsfacet's {@link
 * dev.newsfacet.SearchRequest}s against it with the same facets and multi-select semantics ({@link
 * OpenSearchSearcher}). Connection settings are an {@link OpenSearchConfig}.
 */
package dev.newsfacet.opensearch;
