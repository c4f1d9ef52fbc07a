import { getAdjacencyMap } from '@xstate/graph';
import type { AnyMachineSnapshot, AnyStateMachine, AnyStateNode, EventObject } from 'xstate';

export interface LessonGraph {
  /** Serialized snapshot → its snapshot and outgoing edges. */
  vertices: Map<string, { snapshot: AnyMachineSnapshot; edges: { event: EventObject; to: string }[] }>;
  initial: string;
}

/** The full walk of a (finite) lesson machine with the given sample events. */
export function walk(machine: AnyStateMachine, events: readonly EventObject[]): LessonGraph {
  const adjacency = getAdjacencyMap(machine, { events: [...events] });
  const vertices: LessonGraph['vertices'] = new Map();
  const keyOf = new Map<AnyMachineSnapshot, string>();
  for (const [key, value] of Object.entries(adjacency)) keyOf.set(value.state as AnyMachineSnapshot, key);
  const serialize = (snapshot: AnyMachineSnapshot) =>
    keyOf.get(snapshot) ?? JSON.stringify({ value: snapshot.value, context: snapshot.context });
  for (const [key, value] of Object.entries(adjacency)) {
    vertices.set(key, {
      snapshot: value.state as AnyMachineSnapshot,
      edges: Object.values(value.transitions as Record<string, { event: EventObject; state: AnyMachineSnapshot }>).map(
        (transition) => ({ event: transition.event, to: serialize(transition.state) }),
      ),
    });
  }
  return { vertices, initial: Object.keys(adjacency)[0] };
}

export const isFinal = (snapshot: AnyMachineSnapshot) => snapshot.status === 'done';

/** Breadth-first: the shortest event sequence from the initial snapshot to every vertex. */
export function pathsFromStart(graph: LessonGraph): Map<string, EventObject[]> {
  const paths = new Map<string, EventObject[]>([[graph.initial, []]]);
  const queue = [graph.initial];
  while (queue.length > 0) {
    const key = queue.shift()!;
    for (const edge of graph.vertices.get(key)?.edges ?? []) {
      if (paths.has(edge.to)) continue;
      paths.set(edge.to, [...paths.get(key)!, edge.event]);
      queue.push(edge.to);
    }
  }
  return paths;
}

/** Breadth-first on reversed edges: the shortest event sequence from every vertex that can end to an end. */
export function pathsToEnd(graph: LessonGraph): Map<string, EventObject[]> {
  const incoming = new Map<string, { from: string; event: EventObject }[]>();
  for (const [from, vertex] of graph.vertices) {
    for (const edge of vertex.edges) incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), { from, event: edge.event }]);
  }
  const finals = [...graph.vertices].filter(([, vertex]) => isFinal(vertex.snapshot)).map(([key]) => key);
  const paths = new Map<string, EventObject[]>(finals.map((key) => [key, []]));
  const queue = [...finals];
  while (queue.length > 0) {
    const key = queue.shift()!;
    for (const { from, event } of incoming.get(key) ?? []) {
      if (paths.has(from)) continue;
      paths.set(from, [event, ...paths.get(key)!]);
      queue.push(from);
    }
  }
  return paths;
}

/** Every leaf state node of the machine, as the state value that names it. */
export function leafStateValues(machine: AnyStateMachine): { id: string; value: unknown }[] {
  const leaves: { id: string; value: unknown }[] = [];
  const visit = (node: AnyStateNode) => {
    const children = Object.values(node.states);
    if (children.length === 0 && node.path.length > 0) {
      const value = node.path.slice(0, -1).reduceRight<unknown>((inner, key) => ({ [key]: inner }), node.path.at(-1));
      leaves.push({ id: node.path.join('.'), value });
    }
    children.forEach(visit);
  };
  visit(machine.root);
  return leaves;
}

/** A stable name for "which states a snapshot is in", ignoring its context. */
export const stateName = (snapshot: AnyMachineSnapshot) => JSON.stringify(snapshot.value);
