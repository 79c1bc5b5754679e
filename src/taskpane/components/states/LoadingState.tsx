/** While the dashboard is being read. */
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../../strings';

const useStyles = makeStyles({
  root: { paddingBlock: tokens.spacingVerticalXXL },
});

export function LoadingState() {
  const { strings } = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.root} role="status">
      <Spinner size="small" label={strings.loading} />
    </div>
  );
}
