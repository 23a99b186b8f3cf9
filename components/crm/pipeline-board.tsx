"use client";

import Link from "next/link";
import { useState } from "react";
import { DndContext, KeyboardSensor, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import type { getPipelineBoard } from "@/lib/crm/get-pipeline-board";
import { columnKeyboardCoordinates } from "./column-keyboard-coordinates";
import { fetchJson, sendJson } from "./crm-api";

type Board = Awaited<ReturnType<typeof getPipelineBoard>>;
type Stage = Board["stages"][number];
type Deal = Stage["deals"][number];

function DealCard({ deal, stageName }: { deal: Deal; stageName: string }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: deal.id, data: { title: deal.title } });
  return (
    <Card
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      aria-roledescription="Draggable deal"
      aria-label={`${deal.title}, in ${stageName}. Press space or enter to pick up, arrow keys to move, space to drop.`}
      data-testid={`deal-card-${deal.id}`}
      variant="outlined"
      sx={{ mb: 1, cursor: "grab", opacity: isDragging ? 0.6 : 1, transform: transform ? `translate(${transform.x}px, ${transform.y}px)` : undefined, position: "relative", zIndex: isDragging ? 10 : "auto", "&:focus-visible": { outline: 2, outlineColor: "primary.main" } }}
    >
      <CardContent sx={{ p: 1.5, "&:last-child": { pb: 1.5 } }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          <Link href={`/crm/deals/${deal.id}`} onPointerDown={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
            {deal.title}
          </Link>
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {[deal.company, deal.amount ? `${deal.amount} ${deal.currency}` : null, deal.leadScore !== null ? `score ${deal.leadScore}` : null].filter(Boolean).join(" · ")}
        </Typography>
      </CardContent>
    </Card>
  );
}

function StageColumn({ stage }: { stage: Stage }) {
  const { setNodeRef, isOver } = useDroppable({ id: stage.id, data: { name: stage.name } });
  return (
    <Box ref={setNodeRef} role="region" aria-label={`${stage.name} stage`} data-testid={`stage-${stage.name}`} sx={{ minWidth: 240, flex: "1 0 240px", bgcolor: isOver ? "action.hover" : "background.default", border: 1, borderColor: "divider", borderRadius: 1, p: 1 }}>
      <Box sx={{ display: "flex", justifyContent: "space-between", mb: 1 }}>
        <Typography variant="subtitle2" component="h3">
          {stage.name}
        </Typography>
        <Typography variant="caption" color="text.secondary" data-testid={`stage-count-${stage.name}`}>
          {stage.count} · {stage.amount}
        </Typography>
      </Box>
      {stage.deals.map((d) => (
        <DealCard key={d.id} deal={d} stageName={stage.name} />
      ))}
      {stage.count > stage.deals.length ? (
        <Typography variant="caption" color="text.secondary">
          + {stage.count - stage.deals.length} more in the deals list
        </Typography>
      ) : null}
    </Box>
  );
}

/** Moves a card between columns in the cached board (optimistic update). */
function moveCard(board: Board, dealId: string, toStageId: string): Board {
  const deal = board.stages.flatMap((s) => s.deals).find((d) => d.id === dealId);
  if (!deal) return board;
  return {
    ...board,
    stages: board.stages.map((s) => {
      const had = s.deals.some((d) => d.id === dealId);
      if (s.id === toStageId && !had) return { ...s, count: s.count + 1, deals: [deal, ...s.deals] };
      if (had && s.id !== toStageId) return { ...s, count: s.count - 1, deals: s.deals.filter((d) => d.id !== dealId) };
      return s;
    }),
  };
}

/**
 * The pipeline board: drag a deal to another stage with the mouse, or focus a
 * card and use the keyboard (space/enter to pick up, arrows to move, space to
 * drop, escape to cancel); screen readers hear each step.
 */
export function PipelineBoard() {
  const queryClient = useQueryClient();
  const board = useQuery({ queryKey: ["crm-board"], queryFn: () => fetchJson<{ data: Board }>("/api/v1/crm/pipeline") });
  const [error, setError] = useState<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }));
  const stageName = (id: unknown) => board.data?.data.stages.find((s) => s.id === id)?.name ?? "no stage";
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up deal ${String(active.data.current?.title)}.`,
    onDragOver: ({ active, over }) => (over ? `Deal ${String(active.data.current?.title)} is over the ${stageName(over.id)} stage.` : `Deal ${String(active.data.current?.title)} is no longer over a stage.`),
    onDragEnd: ({ active, over }) => (over ? `Deal ${String(active.data.current?.title)} was moved to ${stageName(over.id)}.` : `Deal ${String(active.data.current?.title)} was dropped where it was.`),
    onDragCancel: ({ active }) => `Moving deal ${String(active.data.current?.title)} was cancelled.`,
  };
  const onDragEnd = async ({ active, over }: DragEndEvent) => {
    if (!over || !board.data) return;
    const from = board.data.data.stages.find((s) => s.deals.some((d) => d.id === active.id));
    if (!from || from.id === over.id) return;
    const previous = board.data;
    queryClient.setQueryData(["crm-board"], { data: moveCard(previous.data, String(active.id), String(over.id)) });
    try {
      setError(null);
      await sendJson(`/api/v1/crm/deals/${String(active.id)}/stage`, "POST", { stageId: over.id });
    } catch (e) {
      queryClient.setQueryData(["crm-board"], previous);
      setError((e as Error).message);
    } finally {
      void queryClient.invalidateQueries({ queryKey: ["crm-board"] });
    }
  };
  if (board.error) return <Alert severity="error">{board.error.message}</Alert>;
  if (!board.data) return <Typography color="text.secondary">Loading the pipeline…</Typography>;
  return (
    <>
      {error ? <Alert severity="error" sx={{ mb: 2 }}>{error}</Alert> : null}
      <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: "To pick up a deal, press space or enter. Use the arrow keys to move it to another stage, then press space or enter to drop it, or escape to cancel." } }}>
        <Box sx={{ display: "flex", gap: 2, overflowX: "auto", pb: 2 }}>
          {board.data.data.stages.map((s) => (
            <StageColumn key={s.id} stage={s} />
          ))}
        </Box>
      </DndContext>
    </>
  );
}
