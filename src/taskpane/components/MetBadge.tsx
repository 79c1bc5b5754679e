/** Whether the yearly average meets the objective, in words and an icon, not colour alone. */
import { Badge } from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import { Checkmark12Filled, Dismiss12Filled } from '@fluentui/react-icons';
import type { Indicator } from '../../core/types';
import { useStrings } from '../strings';

export function MetBadge({ indicator }: { indicator: Indicator }) {
  const { strings } = useStrings();
  const words = strings.overview.met;
  let text: string;
  let color: BadgeProps['color'];
  let icon: BadgeProps['icon'];
  if (indicator.met === true) {
    text = words.met;
    color = 'success';
    icon = <Checkmark12Filled />;
  } else if (indicator.met === false) {
    text = words.missed;
    color = 'danger';
    icon = <Dismiss12Filled />;
  } else {
    text = words[indicator.metReason ?? 'no_data'];
    color = 'informative';
  }
  return (
    <Badge appearance="tint" shape="rounded" color={color} icon={icon}>
      {text}
    </Badge>
  );
}
