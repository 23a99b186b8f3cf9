"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/components/jobs/fetch-json";
import type { KnowledgeDocumentView } from "@/lib/knowledge/list-knowledge-documents";

const KEY = ["knowledge-documents"];

/** The document list, re-fetched every 1.5 s while anything is queued or indexing, so progress shows live. */
export function useKnowledgeDocuments(initial: KnowledgeDocumentView[]) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: KEY,
    queryFn: async () => (await fetchJson<{ documents: KnowledgeDocumentView[] }>("/api/knowledge/documents")).documents,
    initialData: initial,
    refetchInterval: (q) => ((q.state.data ?? []).some((d) => d.status === "PENDING" || d.status === "INDEXING") ? 1500 : false),
  });
  return { documents: query.data, refresh: () => queryClient.invalidateQueries({ queryKey: KEY }) };
}
