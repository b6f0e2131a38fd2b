import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
} from '@mui/material';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import type { Region } from './region';

const INDENT = 2.5;

/** The regions directly under `parentId`, fetched when first shown. */
export const RegionChildren = ({ parentId, depth }: { parentId: string; depth: number }) => {
  const translate = useTranslate();
  const { data, isPending } = useGetList<Region>('regions', {
    filter: { parentId },
    sort: { field: 'code', order: 'ASC' },
    pagination: { page: 1, perPage: 1000 },
  });
  if (isPending) {
    return (
      <LinearProgress
        aria-label={translate('berdaya.regions.tree.loading')}
        sx={{ ml: depth * INDENT + 2, my: 1, maxWidth: 240 }}
      />
    );
  }
  return (
    <List component="ul" disablePadding dense>
      {data?.map((region) => (
        <RegionTreeNode key={region.id} region={region} depth={depth} />
      ))}
    </List>
  );
};

const RegionLabel = ({ region }: { region: Region }) => {
  const translate = useTranslate();
  return (
    <ListItemText
      primary={region.name}
      secondary={`${region.code} · ${translate(`berdaya.regions.levels.${region.level}`)}`}
    />
  );
};

/** One region; a region that has others under it opens to show them. Villages are leaves. */
export const RegionTreeNode = ({ region, depth }: { region: Region; depth: number }) => {
  const [open, setOpen] = useState(false);
  const indent = { pl: depth * INDENT + 1 };

  if (region.level === 'village') {
    return (
      <ListItem sx={{ ...indent, pl: depth * INDENT + 5 }}>
        <RegionLabel region={region} />
      </ListItem>
    );
  }
  const childrenId = `region-children-${region.id}`;
  return (
    <li>
      <ListItemButton
        sx={indent}
        aria-expanded={open}
        aria-controls={open ? childrenId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        <ListItemIcon sx={{ minWidth: 32 }}>
          {open ? <ExpandMoreIcon /> : <ChevronRightIcon />}
        </ListItemIcon>
        <RegionLabel region={region} />
      </ListItemButton>
      {open && (
        <div id={childrenId}>
          <RegionChildren parentId={region.id} depth={depth + 1} />
        </div>
      )}
    </li>
  );
};
