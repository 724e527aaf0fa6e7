import type { GradeId } from '../../../domain/index766.ts';
import './badge.css';

/** A grade as its word (Xuất sắc, Tốt, …) on the grade's colour, the same on every screen. */
export function GradeBadge({ grade, label }: { grade: GradeId; label: string }) {
  return <span className={`badge grade-badge--${grade}`}>{label}</span>;
}
