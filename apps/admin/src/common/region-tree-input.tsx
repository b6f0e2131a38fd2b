import { REGION_LEVELS, type RegionLevel } from '@berdaya/empowerment';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  FieldTitle,
  type InputProps,
  useGetList,
  useGetOne,
  useInput,
  useTranslate,
} from 'react-admin';

interface Region {
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
  parentId: string | null;
}

const BY_NAME = { field: 'name', order: 'ASC' } as const;
const ALL_CHILDREN = { page: 1, perPage: 1000 };
const SEARCH_PAGE = { page: 1, perPage: 50 };

interface PickProps {
  /** Levels that may be chosen; the others only open onto what is under them. */
  selectable: readonly RegionLevel[];
  onPick: (region: Region) => void;
}

function RegionNode({ region, depth, ...pick }: PickProps & { region: Region; depth: number }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const leaf = region.level === 'village';
  const choosable = pick.selectable.includes(region.level);
  return (
    <>
      <ListItem disablePadding sx={{ pl: depth * 2 }}>
        {leaf ? (
          <Box sx={{ width: 40, flexShrink: 0 }} />
        ) : (
          <IconButton
            size="small"
            onClick={() => setOpen(!open)}
            aria-expanded={open}
            aria-label={translate(
              open ? 'berdaya.region_picker.collapse' : 'berdaya.region_picker.expand',
              { name: region.name },
            )}
          >
            {open ? <ExpandMoreIcon /> : <ChevronRightIcon />}
          </IconButton>
        )}
        <ListItemButton
          dense
          disabled={!choosable}
          onClick={() => pick.onPick(region)}
          sx={{ '&.Mui-disabled': { opacity: 1 } }}
        >
          <ListItemText
            primary={region.name}
            secondary={`${translate(`berdaya.region_picker.level.${region.level}`)} · ${region.code}`}
          />
        </ListItemButton>
      </ListItem>
      {open && <RegionChildren parentId={region.id} depth={depth + 1} {...pick} />}
    </>
  );
}

function RegionChildren({
  parentId,
  depth,
  ...pick
}: PickProps & { parentId: string; depth: number }) {
  const { data, isPending } = useGetList<Region>('regions', {
    filter: { parentId },
    sort: BY_NAME,
    pagination: ALL_CHILDREN,
  });
  if (isPending) return <CircularProgress size={20} sx={{ ml: depth * 2 + 2, my: 1 }} />;
  return (data ?? []).map((region) => (
    <RegionNode key={region.id} region={region} depth={depth} {...pick} />
  ));
}

function RegionRoots(pick: PickProps) {
  const { data, isPending } = useGetList<Region>('regions', {
    filter: { level: 'province' },
    sort: BY_NAME,
    pagination: ALL_CHILDREN,
  });
  if (isPending) return <CircularProgress size={24} />;
  return (data ?? []).map((region) => (
    <RegionNode key={region.id} region={region} depth={0} {...pick} />
  ));
}

function RegionSearchResults({ q, ...pick }: PickProps & { q: string }) {
  const translate = useTranslate();
  const { data, isPending } = useGetList<Region>('regions', {
    filter: { q, level: pick.selectable },
    sort: BY_NAME,
    pagination: SEARCH_PAGE,
  });
  if (isPending) return <CircularProgress size={24} />;
  if (!data?.length)
    return <Typography>{translate('berdaya.region_picker.none_found')}</Typography>;
  return data.map((region) => (
    <ListItem key={region.id} disablePadding>
      <ListItemButton dense onClick={() => pick.onPick(region)}>
        <ListItemText
          primary={region.name}
          secondary={`${translate(`berdaya.region_picker.level.${region.level}`)} · ${region.code}`}
        />
      </ListItemButton>
    </ListItem>
  ));
}

export type RegionTreeInputProps = Pick<
  InputProps,
  'source' | 'label' | 'validate' | 'helperText' | 'alwaysOn'
> & {
  selectable?: readonly RegionLevel[];
};

/**
 * A region from the official tree: browse province → regency → district → village, or search by
 * name or code. Holds the region's id; the case list's `regionId` filter takes it with everything
 * under it.
 */
export function RegionTreeInput({
  source,
  label,
  validate,
  helperText,
  selectable = REGION_LEVELS,
}: RegionTreeInputProps) {
  const translate = useTranslate();
  const { field, fieldState, isRequired, id } = useInput({ source, validate });
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const value = typeof field.value === 'string' && field.value ? field.value : undefined;
  const { data: chosen } = useGetOne<Region>('regions', { id: value ?? '' }, { enabled: !!value });
  const pick = (region: Region) => {
    field.onChange(region.id);
    setOpen(false);
  };
  const error = fieldState.error?.message;
  const titleId = `${id}-dialog-title`;
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, mb: 1 }}>
      <TextField
        id={id}
        label={<FieldTitle label={label} source={source} isRequired={isRequired} />}
        value={chosen ? `${chosen.name} (${chosen.code})` : ''}
        onClick={() => setOpen(true)}
        slotProps={{ input: { readOnly: true } }}
        error={!!error}
        helperText={
          error
            ? translate(error, { _: error })
            : typeof helperText === 'string'
              ? translate(helperText, { _: helperText })
              : helperText
        }
        size="small"
        sx={{ flex: 1, minWidth: 200, maxWidth: 420 }}
      />
      <Button onClick={() => setOpen(true)} sx={{ mt: 0.5 }}>
        {translate('berdaya.region_picker.choose')}
      </Button>
      {value && (
        <Button onClick={() => field.onChange(null)} sx={{ mt: 0.5 }}>
          {translate('berdaya.region_picker.clear')}
        </Button>
      )}
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth aria-labelledby={titleId}>
        <DialogTitle id={titleId}>{translate('berdaya.region_picker.title')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label={translate('berdaya.region_picker.search')}
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
          <List dense>
            {q.trim() ? (
              <RegionSearchResults q={q.trim()} selectable={selectable} onPick={pick} />
            ) : (
              <RegionRoots selectable={selectable} onPick={pick} />
            )}
          </List>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>
            {translate('berdaya.region_picker.cancel')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
