import { Rectangle, type BarShapeProps } from 'recharts';

/** A bar shape that takes its look from a class per bar (wall.css), so each state keeps its colour and pattern in both themes. */
export function classedBar(classOf: (index: number) => string) {
  return function ClassedBar(props: BarShapeProps) {
    return <Rectangle {...props} className={classOf(props.index)} />;
  };
}
